package ca.gc.ircc.governance.actionplan;

import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Chase every update still awaited": at the point reached, a reminder, the overdue mark or the
 * escalation for each contributor whose update the period still awaits. Each mail links to the
 * contributor's open update task.
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
		int period = (Integer) execution.getVariable(ActionPlanProcess.PERIOD);
		reminders.chase(execution.getProcessBusinessKey(), period, new ReminderSchedule.Point(at.toInstant(), kinds),
				openUpdateTasks(execution));
	}

	/**
	 * Each open update task of the plan (any period) by its submission: two queries whatever the number
	 * of contributors. A task runs in its contributor's update, where "Prepare the update" put the
	 * submission's id; in a plan started before the reminder loop moved to the period, the task ran
	 * one (concurrent) execution deeper, and its submission is looked up through its parents.
	 */
	private static Map<Long, String> openUpdateTasks(DelegateExecution execution) {
		ProcessEngineServices engine = execution.getProcessEngineServices();
		Map<String, String> taskByExecution = new HashMap<>();
		engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey(ActionPlanProcess.SUBMIT_TASK)
			.list()
			.forEach(task -> taskByExecution.put(task.getExecutionId(), task.getId()));
		Map<Long, String> bySubmission = new HashMap<>();
		if (taskByExecution.isEmpty()) {
			return bySubmission;
		}
		Map<String, String> unmatched = new HashMap<>(taskByExecution);
		engine.getRuntimeService()
			.createVariableInstanceQuery()
			.executionIdIn(taskByExecution.keySet().toArray(String[]::new))
			.variableName(ActionPlanProcess.SUBMISSION_ID)
			.list()
			.forEach(variable -> bySubmission.put((Long) variable.getValue(), unmatched.remove(variable.getExecutionId())));
		unmatched.forEach((executionId, taskId) -> bySubmission.put(
				(Long) engine.getRuntimeService().getVariable(executionId, ActionPlanProcess.SUBMISSION_ID), taskId));
		return bySubmission;
	}

}
