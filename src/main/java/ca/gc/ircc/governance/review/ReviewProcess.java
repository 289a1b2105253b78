package ca.gc.ircc.governance.review;

/** The names of process {@code strategy-review} that code and tests share (see the process contract). */
public final class ReviewProcess {

	public static final String KEY = "strategy-review";

	// user tasks
	public static final String DRAFT_STRATEGY = "draftStrategy";

	public static final String RESPOND_TO_CONSULTATION = "respondToConsultation";

	public static final String CONSOLIDATE_FEEDBACK = "consolidateFeedback";

	public static final String IMC_ENDORSEMENT = "imcEndorsement";

	public static final String INCORPORATE_IMC_CHANGES = "incorporateImcChanges";

	public static final String DRAFT_DM_MEMO = "draftDmMemo";

	public static final String APPROVE_DM_MEMO = "approveDmMemo";

	public static final String DM_REVIEW = "dmReview";

	// other elements
	public static final String CONSULTATION = "consultation";

	public static final String CONSULTATION_DEADLINE = "consultationDeadlinePassed";

	public static final String NEXT_REMINDER_POINT = "nextReminderPoint";

	// end states
	public static final String STRATEGY_IN_EFFECT = "strategyInEffect";

	public static final String STRATEGY_REJECTED = "strategyRejected";

	public static final String MEMO_NOT_APPROVED = "memoNotApproved";

	// variables of the contract
	public static final String STRATEGY_CODE = "strategyCode";

	public static final String CONSULTEES = "consultees";

	public static final String CONSULTATION_DUE = "consultationDue";

	public static final String CONSULTEE = "consultee";

	public static final String POSITION = "position";

	public static final String COMMENTS = "comments";

	public static final String IMC_DECISION = "imcDecision";

	public static final String MEMO_PURPOSE = "memoPurpose";

	public static final String MEMO_APPROVED = "memoApproved";

	public static final String DM_DECISION = "dmDecision";

	// variables of this implementation
	public static final String VERSION_ID = "versionId";

	public static final String ROUND_ID = "roundId";

	public static final String DRAFT_TEXT = "draftText";

	public static final String DISPOSITIONS = "dispositions";

	public static final String IMC_MEETING_DATE = "imcMeetingDate";

	public static final String IMC_CONDITIONS = "imcConditions";

	public static final String MEMO_SUMMARY = "memoSummary";

	public static final String MEMO_BACKGROUND = "memoBackground";

	public static final String MEMO_CURRENT_STATUS = "memoCurrentStatus";

	public static final String MEMO_NEXT_STEPS = "memoNextSteps";

	public static final String SADM_COMMENTS = "sadmComments";

	public static final String NEXT_REMINDER_AT = "nextReminderAt";

	public static final String REMINDER_PENDING = "reminderPending";

	public static final String LAST_REMINDER_AT = "lastReminderAt";

	private ReviewProcess() {
	}

}
