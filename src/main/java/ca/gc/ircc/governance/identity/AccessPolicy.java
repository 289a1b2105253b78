package ca.gc.ircc.governance.identity;

import java.util.List;

import ca.gc.ircc.governance.organization.Organization;
import ca.gc.ircc.governance.organization.OrganizationRepository;
import ca.gc.ircc.governance.strategy.Strategy;
import org.springframework.stereotype.Component;

/**
 * What each organization may see through the application's API, in one place. Camunda
 * authorizations enforce the same rules on the engine's resources.
 */
@Component
public class AccessPolicy {


	private final OrganizationRepository organizations;

	AccessPolicy(OrganizationRepository organizations) {
		this.organizations = organizations;
	}

	/** A strategy is visible to administrators and to every organization that takes part in its region. */
	public boolean canSeeStrategy(CurrentUser user, Strategy strategy) {
		if (user.isAdmin()) {
			return true;
		}
		return organizationsOf(user).stream().anyMatch(org -> org.concernsRegion(strategy.getRegion()));
	}

	/**
	 * IIR, which runs the cycles, and administrators see every record of every review cycle; the IMC,
	 * the SADM and the DM see a cycle once it has reached them (decided where the cycle's stage is known).
	 */
	public boolean seesEveryReviewCycle(CurrentUser user) {
		return user.isAdmin() || user.isMemberOf(Groups.IIR);
	}

	/** IIR (and administrators) start review cycles. */
	public boolean startsReviewCycles(CurrentUser user) {
		return user.isAdmin() || user.isMemberOf(Groups.IIR);
	}

	/** Audit trails (who did what, with which decision) are for IIR, which runs the cycles, and admins. */
	public boolean canReadAuditTrails(CurrentUser user) {
		return user.isAdmin() || user.isMemberOf(Groups.IIR);
	}

	/** IIR, the International Network and administrators see every contributor's action-plan submissions. */
	public boolean seesAllActionPlanSubmissions(CurrentUser user) {
		return user.isAdmin() || user.isMemberOf(Groups.IIR) || user.isMemberOf(Groups.INTERNATIONAL_NETWORK);
	}

	/** A contributor sees its own action-plan submissions (and their activities), nobody else's. */
	public boolean canSeeActionPlanSubmission(CurrentUser user, String contributor) {
		return seesAllActionPlanSubmissions(user) || user.isMemberOf(contributor);
	}

	/** Only IIR (and administrators) start action plans. */
	public boolean canStartActionPlan(CurrentUser user) {
		return user.isAdmin() || user.isMemberOf(Groups.IIR);
	}

	/**
	 * The regions whose strategies a user may see, as {@link #canSeeStrategy} decides, with one look-up
	 * for a whole page: every region for administrators and organizations that concern every region.
	 */
	public java.util.function.Predicate<String> strategyRegions(CurrentUser user) {
		if (user.isAdmin()) {
			return region -> true;
		}
		List<Organization> own = organizationsOf(user);
		return region -> own.stream().anyMatch(org -> org.concernsRegion(region));
	}

	/**
	 * On the dashboard, IIR, the executives (SADM, DM) and administrators see every consultee's answer
	 * of a running consultation; a consultee sees its own row only.
	 */
	public boolean seesEveryConsultationResponse(CurrentUser user) {
		return seesEveryReviewCycle(user) || user.isMemberOf(Groups.SADM) || user.isMemberOf(Groups.DM);
	}

	/**
	 * On the dashboard, a running review cycle (its key, stage and tasks) is shown as the review-cycle
	 * API shows it: to IIR, the executives and administrators; to an organization consulted in it or
	 * with an open task in it; to the IMC, the SADM and the DM once it has reached them.
	 */
	public boolean seesRunningReviewCycle(CurrentUser user, boolean consultedOrTasked, boolean reachedImc,
			boolean reachedMemo, boolean reachedDm) {
		return seesEveryConsultationResponse(user) || consultedOrTasked || (user.isMemberOf(Groups.IMC) && reachedImc)
				|| (user.isMemberOf(Groups.SADM) && reachedMemo) || (user.isMemberOf(Groups.DM) && reachedDm);
	}

	public List<Organization> organizationsOf(CurrentUser user) {
		return organizations.findByCodeIn(user.groupIds());
	}

}
