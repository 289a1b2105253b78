package ca.gc.ircc.governance.strategy;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import ca.gc.ircc.governance.KeptValue;
import ca.gc.ircc.governance.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The strategies' names (reference data, a few rows), read whole and kept for
 * {@link StrategyProperties#rereadAfter()}. Every mail and every consultation task shows its
 * strategy's title: a query each time was 6 % of a reminder chase's CPU. A code the kept names do not
 * know is read again at once, so a strategy added in the database is named from its first task on;
 * only a changed title waits for the next read.
 */
@Component
public class StrategyNames {

	private final KeptValue<Map<String, StrategyName>> names;

	StrategyNames(StrategyRepository repository, Clock clock, StrategyProperties properties) {
		this.names = new KeptValue<>(() -> repository.findAll()
			.stream()
			.map(strategy -> new StrategyName(strategy.getCode(), strategy.getTitleEn(), strategy.getTitleFr()))
			.collect(Collectors.toUnmodifiableMap(StrategyName::code, Function.identity())), clock,
				properties::rereadAfter);
	}

	public Optional<StrategyName> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		Map<String, StrategyName> byCode = names.get();
		if (!byCode.containsKey(code)) {
			byCode = names.reread();
		}
		return Optional.ofNullable(byCode.get(code));
	}

	/** As {@link StrategyCatalog#require(String)}: an unknown code is a {@link NotFoundException}. */
	public StrategyName require(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("No strategy with code " + code));
	}

}
