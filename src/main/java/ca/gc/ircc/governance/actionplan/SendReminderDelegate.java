package ca.gc.ircc.governance.actionplan;

import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Chase the update": a reminder, the overdue mark or the escalation, as the point reached says. The
 * mail links to the contributor's open update task, which {@link SubmitUpdateTask} remembered.
 */
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
		Long submissionId = (Long) execution.getVariable(ActionPlanProcess.SUBMISSION_ID);
		reminders.chase(submissionId, new ReminderSchedule.Point(at.toInstant(), kinds),
				(String) execution.getVariable(ActionPlanProcess.UPDATE_TASK_ID));
	}

}
