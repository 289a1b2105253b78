package ca.gc.ircc.governance.strategy;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

	private final StrategyRepository repository;

	private final Clock clock;

	private final StrategyProperties properties;

	private volatile Snapshot snapshot;

	StrategyNames(StrategyRepository repository, Clock clock, StrategyProperties properties) {
		this.repository = repository;
		this.clock = clock;
		this.properties = properties;
	}

	public Optional<StrategyName> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Snapshot current = snapshot;
		if (current == null || !now.isBefore(current.readAt().plus(properties.rereadAfter()))
				|| !current.byCode().containsKey(code)) {
			current = read(now);
		}
		return Optional.ofNullable(current.byCode().get(code));
	}

	/** As {@link StrategyCatalog#require(String)}: an unknown code is a {@link NotFoundException}. */
	public StrategyName require(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("No strategy with code " + code));
	}

	private Snapshot read(Instant now) {
		Snapshot read = new Snapshot(repository.findAll()
			.stream()
			.map(strategy -> new StrategyName(strategy.getCode(), strategy.getTitleEn(), strategy.getTitleFr()))
			.collect(Collectors.toUnmodifiableMap(StrategyName::code, Function.identity())), now);
		snapshot = read;
		return read;
	}

	private record Snapshot(Map<String, StrategyName> byCode, Instant readAt) {
	}

}
