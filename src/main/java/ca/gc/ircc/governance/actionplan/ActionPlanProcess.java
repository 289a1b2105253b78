package ca.gc.ircc.governance.actionplan;

/** Names of process {@code action-plan-collection} shared by the BPMN, the code and the tests. */
public final class ActionPlanProcess {

	public static final String KEY = "action-plan-collection";

	public static final String BUSINESS_KEY_SUFFIX = "-AP";

	public static final String SUPERSEDED_MESSAGE = "strategySuperseded";

	// element ids
	public static final String SUBMIT_TASK = "submitActionPlanUpdate";

	public static final String REVIEW_TASK = "reviewActionPlanUpdate";

	public static final String PERIOD_ENDS_TIMER = "periodEnds";

	public static final String UPDATES_DUE_TIMER = "updatesDue";

	public static final String REMINDER_TIMER = "reminderPointReached";

	public static final String CLOSED_END = "actionPlanClosed";

	public static final String REPORTING_PERIOD = "runReportingPeriod";

	// variables of the contract
	public static final String STRATEGY_CODE = "strategyCode";

	public static final String CONTRIBUTORS = "contributors";

	public static final String ACTIVITIES = "activities";

	public static final String UPDATE_ACCEPTED = "updateAccepted";

	// the implementation's own variables
	/** Optional start variable: an ISO-8601 period overriding the strategy's (e.g. PT30S for a demo). */
	public static final String REPORTING_PERIOD_OVERRIDE = "reportingPeriod";

	public static final String RETURN_REASON = "returnReason";

	/** Set by the update form's "Nothing to report" box: the update has no activities, whatever the rows hold. */
	public static final String NOTHING_TO_REPORT = "nothingToReport";

	public static final String PERIOD_NUMBER = "periodNumber";

	public static final String PERIOD_END = "periodEnd";

	public static final String PERIOD_DUE = "periodDue";

	public static final String PERIOD_CLOSES_REPORT_YEAR = "periodClosesReportYear";

	/** Local to one period: its number. */
	public static final String PERIOD = "period";

	/** Local to one contributor's update: the contributor (the multi-instance element). */
	public static final String CONTRIBUTOR = "contributor";

	public static final String SUBMISSION_ID = "submissionId";

	public static final String UPDATE_DUE = "updateDue";

	/**
	 * Local to the submit task of a plan started before the single update form: the key of the strategy's
	 * update form (that definition's {@code formRef}).
	 */
	public static final String UPDATE_FORM = "updateForm";

	public static final String PRIORITY_OPTIONS = "priorityOptions";

	public static final String PRIORITY_LIST = "priorityList";

	public static final String REVIEWED_ACTIVITIES = "reviewedActivities";

	/** The contributor's name as the review form shows it. */
	public static final String CONTRIBUTOR_NAME = "contributorName";

	public static final String PERIOD_LABEL = "periodLabel";

	/** Local to the period's reminder loop: its next point, and what that point does. */
	public static final String REMINDER_AT = "reminderAt";

	public static final String REMINDER_KINDS = "reminderKinds";

	private ActionPlanProcess() {
	}

}
