package ca.gc.ircc.governance.actionplan;

import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Chase the update": a reminder, the overdue mark or the escalation, as the point reached says. */
@Component("sendActionPlanReminder")
class SendReminderDelegate implements JavaDelegate {

	private final ActionPlanReminders reminders;

	SendReminderDelegate(ActionPlanReminders reminders) {
		this.reminders = reminders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Date at = (Date) execution.getVariable(ActionPlanProcess.REMINDER_AT);
		Set<ReminderSchedule.Kind> kinds = EnumSet.noneOf(ReminderSchedule.Kind.class);
		Arrays.stream(((String) execution.getVariable(ActionPlanProcess.REMINDER_KINDS)).split(","))
			.map(ReminderSchedule.Kind::valueOf)
			.forEach(kinds::add);
		reminders.chase((Long) execution.getVariable(ActionPlanProcess.SUBMISSION_ID),
				new ReminderSchedule.Point(at.toInstant(), kinds));
	}

}
