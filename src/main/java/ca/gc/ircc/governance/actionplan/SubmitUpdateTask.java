package ca.gc.ircc.governance.actionplan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task {@code submitActionPlanUpdate}, on creation: remembers the task in the contributor's update
 * (the {@link ActionPlanProcess#UPDATE_TASK_ID} variable that "Prepare the update" made local to it),
 * so that "Chase the update" can link its mail to the task without querying tasks. A task query
 * costs a reminder more CPU than the rest of its chase (its SQL is assembled anew for each query).
 */
@Component("submitUpdateTask")
class SubmitUpdateTask implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		// not local: the task's execution is one branch of the update; the variable lives on the update itself
		task.getExecution().setVariable(ActionPlanProcess.UPDATE_TASK_ID, task.getId());
	}

}
