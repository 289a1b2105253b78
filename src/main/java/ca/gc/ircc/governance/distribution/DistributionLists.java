package ca.gc.ircc.governance.distribution;

import java.util.List;
import java.util.Set;

import ca.gc.ircc.governance.organization.Organization;
import ca.gc.ircc.governance.organization.OrganizationKind;
import ca.gc.ircc.governance.organization.OrganizationRepository;
import ca.gc.ircc.governance.strategy.Strategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who a strategy goes to by default: the distribution list and the action-plan contributors. */
@Component
@Transactional(readOnly = true)
public class DistributionLists {

	private static final Set<OrganizationKind> DISTRIBUTED_TO = Set.of(OrganizationKind.BRANCH,
			OrganizationKind.PARTNER_DEPARTMENT, OrganizationKind.MISSION);

	private static final Set<OrganizationKind> CONTRIBUTING = Set.of(OrganizationKind.BRANCH, OrganizationKind.MISSION);

	private final OrganizationRepository organizations;

	DistributionLists(OrganizationRepository organizations) {
		this.organizations = organizations;
	}

	/** Branches, partner departments and the missions of the strategy's region, except its lead. */
	public List<String> distributionList(Strategy strategy) {
		return select(strategy, DISTRIBUTED_TO);
	}

	/** Branches and the missions of the strategy's region, except its lead (which reviews the updates). */
	public List<String> contributors(Strategy strategy) {
		return select(strategy, CONTRIBUTING);
	}

	private List<String> select(Strategy strategy, Set<OrganizationKind> kinds) {
		return organizations.findAllByOrderByCode()
			.stream()
			.filter(org -> kinds.contains(org.getKind()))
			.filter(org -> org.concernsRegion(strategy.getRegion()))
			.filter(org -> !org.getCode().equals(strategy.getLeadOrganization()))
			.map(Organization::getCode)
			.toList();
	}

}
