package ca.gc.ircc.governance.notification;

/** Every kind of e-mail the system sends. Reminders to missions wait for the mission's working hours. */
public enum NotificationKind {

	/** A task is waiting for the recipient organization. */
	TASK_AVAILABLE(false),
	/** A consultation response is due soon. */
	CONSULTATION_REMINDER(true),
	/** To IIR: the consultation closed and these consultees did not answer. */
	NON_RESPONSE_NOTICE(false),
	/** The strategy version in effect, sent to everyone on the distribution list. */
	DISTRIBUTION(false),
	/** An action-plan update is due soon, or is overdue. */
	ACTION_PLAN_REMINDER(true),
	/** An action-plan update is overdue past the escalation delay (to IIR, and IN for a mission). */
	ESCALATION(false),
	/** To IIR: the compiled summary of a reporting period. */
	PERIOD_SUMMARY(false),
	/** To IIR: the annual report of a strategy's action plan. */
	ANNUAL_REPORT(false);

	private final boolean reminder;

	NotificationKind(boolean reminder) {
		this.reminder = reminder;
	}

	public boolean isReminder() {
		return reminder;
	}

}
