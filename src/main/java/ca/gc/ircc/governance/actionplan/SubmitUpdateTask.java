package ca.gc.ircc.governance.actionplan;

import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task {@code submitActionPlanUpdate} of plans started on a definition deployed before the single update
 * form (December 2026): their task's {@code formRef} is {@code ${updateForm}}, the strategy's own form
 * in that deployment, and this listener names it in a variable of the task itself
 * ({@link ActionPlanProcess#UPDATE_FORM}). The current definition names one form for every strategy, a
 * constant that Camunda does not resolve through the task's variables each time the task is listed.
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
