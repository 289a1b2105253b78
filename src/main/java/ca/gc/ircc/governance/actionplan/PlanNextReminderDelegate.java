package ca.gc.ircc.governance.actionplan;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Plan the next reminder": the one timer of this update waits for the next point of its schedule. */
@Component("planNextActionPlanReminder")
class PlanNextReminderDelegate implements JavaDelegate {

	private final ActionPlanRecords records;

	private final ActionPlanReminders reminders;

	PlanNextReminderDelegate(ActionPlanRecords records, ActionPlanReminders reminders) {
		this.records = records;
		this.reminders = reminders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Submission submission = records.submission((Long) execution.getVariable(ActionPlanProcess.SUBMISSION_ID));
		Date previous = (Date) execution.getVariable(ActionPlanProcess.REMINDER_AT);
		Instant after = records.now();
		if (previous != null && previous.toInstant().isAfter(after)) {
			after = previous.toInstant();
		}
		ReminderSchedule.Point next = reminders.scheduleFor(records.periodOf(submission)).nextAfter(after);
		execution.setVariable(ActionPlanProcess.REMINDER_AT, next == null ? null : Date.from(next.at()));
		execution.setVariable(ActionPlanProcess.REMINDER_KINDS,
				next == null ? null : String.join(",", next.kinds().stream().map(Enum::name).toList()));
	}

}
