package ca.gc.ircc.governance.actionplan;

import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task {@code submitActionPlanUpdate}, on creation:
 * <ul>
 * <li>remembers the task in the contributor's update (the {@link ActionPlanProcess#UPDATE_TASK_ID}
 * variable that "Prepare the update" made local to it), so that "Chase the update" can link its mail
 * to the task without querying tasks. A task query costs a reminder more CPU than the rest of its
 * chase (its SQL is assembled anew for each query);</li>
 * <li>names the strategy's update form in a variable of the task itself
 * ({@link ActionPlanProcess#UPDATE_FORM}, the task's {@code formRef}). Camunda resolves a form
 * reference each time a task is listed; found on the task, it costs one read of the task's
 * variables, where on the update it cost reading two executions and their variables too, for every
 * row of every task list.</li>
 * </ul>
 */
@Component("submitUpdateTask")
class SubmitUpdateTask implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		// not local: the task's execution is one branch of the update; the variable lives on the update itself
		task.getExecution().setVariable(ActionPlanProcess.UPDATE_TASK_ID, task.getId());
		String strategyCode = (String) task.getVariable(ActionPlanProcess.STRATEGY_CODE);
		task.setVariableLocal(ActionPlanProcess.UPDATE_FORM,
				"submit-action-plan-update-" + strategyCode.toLowerCase(Locale.ROOT));
	}

}
