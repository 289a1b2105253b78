package ca.gc.ircc.governance.actionplan;

import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
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
		Long submissionId = (Long) execution.getVariable(ActionPlanProcess.SUBMISSION_ID);
		reminders.chase(submissionId, new ReminderSchedule.Point(at.toInstant(), kinds),
				openUpdateTask(execution, submissionId));
	}

	/**
	 * The update task the mail links to in Tasklist: the open one of this submission, if any. Only the
	 * contributor's own update tasks of this plan are looked at (one, or two while an overdue period
	 * runs on), not every contributor's: a reminder sweep over a plan of 200 contributors read 200
	 * task variables per reminder before.
	 */
	private static String openUpdateTask(DelegateExecution execution, Long submissionId) {
		TaskService tasks = execution.getProcessEngineServices().getTaskService();
		return tasks.createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey(ActionPlanProcess.SUBMIT_TASK)
			.taskCandidateGroup((String) execution.getVariable(ActionPlanProcess.CONTRIBUTOR))
			.list()
			.stream()
			.filter(task -> submissionId.equals(tasks.getVariable(task.getId(), ActionPlanProcess.SUBMISSION_ID)))
			.map(Task::getId)
			.findFirst()
			.orElse(null);
	}

}
