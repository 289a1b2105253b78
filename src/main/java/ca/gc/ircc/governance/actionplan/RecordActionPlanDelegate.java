package ca.gc.ircc.governance.actionplan;

import java.util.List;

import ca.gc.ircc.governance.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record the action plan": checks the start variables, defaults the contributors, records the plan. */
@Component("recordActionPlan")
class RecordActionPlanDelegate implements JavaDelegate {

	private final ActionPlanStarts starts;

	RecordActionPlanDelegate(ActionPlanStarts starts) {
		this.starts = starts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		try {
			Object period = execution.getVariable(ActionPlanProcess.REPORTING_PERIOD_OVERRIDE);
			List<String> given = ProcessVariables.strings(execution, ActionPlanProcess.CONTRIBUTORS);
			List<String> contributors = starts.open(execution.getProcessBusinessKey(),
					(String) execution.getVariable(ActionPlanProcess.STRATEGY_CODE), given,
					period == null ? null : period.toString());
			if (given == null) {
				execution.setVariable(ActionPlanProcess.CONTRIBUTORS, ProcessVariables.jsonValue(contributors));
			}
		}
		catch (InvalidInputException ex) {
			throw ProcessVariables.invalidStart(ex);
		}
	}

}
