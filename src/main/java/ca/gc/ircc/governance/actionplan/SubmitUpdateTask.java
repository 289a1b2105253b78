package ca.gc.ircc.governance.actionplan;

import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task {@code submitActionPlanUpdate}, on creation, names the strategy's update form in a variable of
 * the task itself ({@link ActionPlanProcess#UPDATE_FORM}, the task's {@code formRef}). Camunda resolves
 * a form reference each time a task is listed; found on the task, it costs one read of the task's
 * variables, where on the update it cost reading two executions and their variables too, for every
 * row of every task list.
 */
@Component("submitUpdateTask")
class SubmitUpdateTask implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		String strategyCode = (String) task.getVariable(ActionPlanProcess.STRATEGY_CODE);
		task.setVariableLocal(ActionPlanProcess.UPDATE_FORM,
				"submit-action-plan-update-" + strategyCode.toLowerCase(Locale.ROOT));
	}

}
