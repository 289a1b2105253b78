package ca.gc.ircc.governance.actionplan;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Plan the next reminder": the period's one reminder timer waits for the next point of its schedule.
 * The point is kept local to the loop ("Chase the awaited updates"), as two periods' loops may run at once.
 */
@Component("planNextActionPlanReminder")
class PlanNextReminderDelegate implements JavaDelegate {

	private final ActionPlanReminders reminders;

	PlanNextReminderDelegate(ActionPlanReminders reminders) {
		this.reminders = reminders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int period = (Integer) execution.getVariable(ActionPlanProcess.PERIOD);
		Date previous = (Date) execution.getVariableLocal(ActionPlanProcess.REMINDER_AT);
		ReminderSchedule.Point next = reminders.nextPoint(execution.getProcessBusinessKey(), period,
				previous == null ? null : previous.toInstant());
		execution.setVariableLocal(ActionPlanProcess.REMINDER_AT, next == null ? null : Date.from(next.at()));
		execution.setVariableLocal(ActionPlanProcess.REMINDER_KINDS,
				next == null ? null : String.join(",", next.kinds().stream().map(Enum::name).toList()));
	}

}
