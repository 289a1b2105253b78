package ca.gc.ircc.governance.dashboard;

import ca.gc.ircc.governance.review.ReviewProcess;

/** The steps of a review cycle as the dashboard's lifecycle strip shows them, in order. */
enum LifecycleStep {

	DRAFT, CONSULTATION, CONSOLIDATION, IMC, MEMO, DM, DISTRIBUTED;

	/**
	 * The step an open task belongs to. A running cycle without an open task is past the DM's
	 * decision: only the distribution and the start of the action plan run in the background.
	 */
	static LifecycleStep ofTask(String taskDefinitionKey) {
		return switch (taskDefinitionKey) {
			case ReviewProcess.DRAFT_STRATEGY -> DRAFT;
			case ReviewProcess.RESPOND_TO_CONSULTATION -> CONSULTATION;
			case ReviewProcess.CONSOLIDATE_FEEDBACK -> CONSOLIDATION;
			case ReviewProcess.IMC_ENDORSEMENT, ReviewProcess.INCORPORATE_IMC_CHANGES -> IMC;
			case ReviewProcess.DRAFT_DM_MEMO, ReviewProcess.APPROVE_DM_MEMO -> MEMO;
			case ReviewProcess.DM_REVIEW -> DM;
			default -> DISTRIBUTED;
		};
	}

	String messageKey() {
		return "dashboard.step." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
