package ca.gc.ircc.governance.actionplan;

import java.util.List;

import ca.gc.ircc.governance.InvalidInputException;
import ca.gc.ircc.governance.NotFoundException;
import ca.gc.ircc.governance.identity.Groups;
import ca.gc.ircc.governance.organization.Organization;
import ca.gc.ircc.governance.organization.OrganizationKind;
import ca.gc.ircc.governance.organization.OrganizationRepository;
import ca.gc.ircc.governance.strategy.ReportingPeriod;
import ca.gc.ircc.governance.strategy.Strategy;
import ca.gc.ircc.governance.strategy.StrategyCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks what an action plan starts with and records it. */
@Service
@Transactional
public class ActionPlanStarts {

	private final StrategyCatalog strategies;

	private final OrganizationRepository organizations;

	private final ActionPlanRecords records;

	ActionPlanStarts(StrategyCatalog strategies, OrganizationRepository organizations, ActionPlanRecords records) {
		this.strategies = strategies;
		this.organizations = organizations;
		this.records = records;
	}

	/** The default contributors: the branches and the missions of the strategy's region, IIR aside. */
	@Transactional(readOnly = true)
	public List<String> defaultContributors(String strategyCode) {
		Strategy strategy = requireStrategy(strategyCode);
		return organizations.findAllByOrderByCode()
			.stream()
			.filter(org -> org.getKind() == OrganizationKind.BRANCH || org.getKind() == OrganizationKind.MISSION)
			.filter(org -> org.concernsRegion(strategy.getRegion()))
			.map(Organization::getCode)
			.filter(code -> !code.equals(Groups.IIR))
			.toList();
	}

	/**
	 * Records a new action plan.
	 *
	 * @param contributors null for the default contributors
	 * @param periodOverride null for the strategy's reporting period
	 * @return the plan's contributors
	 */
	public List<String> open(String businessKey, String strategyCode, List<String> contributors,
			String periodOverride) {
		if (businessKey == null || businessKey.isBlank()) {
			throw new InvalidInputException("businessKey",
					"businessKey is required: <review business key>-AP, e.g. ASIA-2026-R1-AP");
		}
		List<String> chosen = check(strategyCode, contributors);
		Strategy strategy = requireStrategy(strategyCode);
		ReportingPeriod period;
		try {
			period = periodOverride == null || periodOverride.isBlank() ? strategies.reportingPeriod(strategy)
					: ReportingPeriod.of(periodOverride);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(ActionPlanProcess.REPORTING_PERIOD_OVERRIDE, ex.getMessage());
		}
		records.open(businessKey, strategyCode, List.copyOf(new java.util.LinkedHashSet<>(chosen)), period);
		return chosen;
	}

	/**
	 * Refuses an unknown strategy or a contributor outside the strategy's region.
	 *
	 * @return the contributors, the default ones when none are given
	 */
	@Transactional(readOnly = true)
	public List<String> check(String strategyCode, List<String> contributors) {
		Strategy strategy = requireStrategy(strategyCode);
		List<String> chosen = contributors == null ? defaultContributors(strategyCode) : contributors;
		if (chosen.isEmpty()) {
			throw new InvalidInputException("contributors", "contributors must name at least one organization");
		}
		for (int i = 0; i < chosen.size(); i++) {
			String code = chosen.get(i);
			Organization organization = code == null ? null : organizations.findById(code).orElse(null);
			if (organization == null || !organization.concernsRegion(strategy.getRegion())) {
				throw new InvalidInputException("contributors[" + i + "]",
						"contributors[" + i + "]: '" + code + "' is not an organization of this strategy's region");
			}
		}
		return chosen;
	}

	private Strategy requireStrategy(String strategyCode) {
		if (strategyCode == null || strategyCode.isBlank()) {
			throw new InvalidInputException("strategyCode", "strategyCode is required, e.g. ASIA or AMERICAS");
		}
		try {
			return strategies.require(strategyCode);
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException("strategyCode", "strategyCode: no strategy " + strategyCode);
		}
	}

}
