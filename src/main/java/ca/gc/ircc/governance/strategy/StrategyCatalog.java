package ca.gc.ircc.governance.strategy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.gc.ircc.governance.GovernanceProperties;
import ca.gc.ircc.governance.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads strategies, their priorities and versions. */
@Service
@Transactional(readOnly = true)
public class StrategyCatalog {

	private final StrategyRepository strategies;

	private final StrategicPriorityRepository priorities;

	private final StrategyVersionRepository versions;

	private final GovernanceProperties properties;

	StrategyCatalog(StrategyRepository strategies, StrategicPriorityRepository priorities,
			StrategyVersionRepository versions, GovernanceProperties properties) {
		this.strategies = strategies;
		this.priorities = priorities;
		this.versions = versions;
		this.properties = properties;
	}

	public Strategy require(String code) {
		return strategies.findById(code).orElseThrow(() -> new NotFoundException("No strategy with code " + code));
	}

	public List<Strategy> all() {
		return strategies.findAllByOrderByCode();
	}

	/** The length of one reporting period: the configured one, else the strategy's cadence. */
	public ReportingPeriod reportingPeriod(Strategy strategy) {
		ReportingPeriod configured = properties.actionPlan().period().get(strategy.getCode());
		return configured != null ? configured : strategy.getCadence().defaultPeriod();
	}

	public List<StrategySummary> summarize(List<Strategy> selected) {
		Map<String, List<StrategyVersion>> versionsByStrategy = new LinkedHashMap<>();
		for (StrategyVersion version : versions.findAllByOrderByStrategyCodeAscCreatedAtDescIdDesc()) {
			versionsByStrategy.computeIfAbsent(version.getStrategyCode(), code -> new java.util.ArrayList<>())
				.add(version);
		}
		return selected.stream()
			.map(strategy -> summarize(strategy, versionsByStrategy.getOrDefault(strategy.getCode(), List.of())))
			.toList();
	}

	public StrategyDetails details(Strategy strategy) {
		List<StrategyDetails.PriorityView> priorityViews = priorities
			.findByStrategyCodeOrderByNumber(strategy.getCode())
			.stream()
			.map(p -> new StrategyDetails.PriorityView(p.getNumber(), p.getTitleEn(), p.getTitleFr()))
			.toList();
		return new StrategyDetails(summarize(List.of(strategy)).get(0), priorityViews);
	}

	private StrategySummary summarize(Strategy strategy, List<StrategyVersion> newestFirst) {
		StrategyVersion current = newestFirst.isEmpty() ? null : newestFirst.get(0);
		StrategyVersion inEffect = newestFirst.stream()
			.filter(v -> v.getStatus() == StrategyVersionStatus.IN_EFFECT)
			.findFirst()
			.orElse(null);
		return new StrategySummary(strategy.getCode(), strategy.getTitleEn(), strategy.getTitleFr(),
				strategy.getRegion(), strategy.getCadence(), reportingPeriod(strategy).toString(),
				strategy.getLeadOrganization(), StrategySummary.VersionView.of(current),
				StrategySummary.VersionView.of(inEffect));
	}

}
