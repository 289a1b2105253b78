package ca.gc.ircc.governance.actionplan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close the action plan" once the strategy version is superseded or retired. */
@Component("closeActionPlan")
class CloseActionPlanDelegate implements JavaDelegate {

	private final ActionPlanRecords records;

	CloseActionPlanDelegate(ActionPlanRecords records) {
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		records.close(execution.getProcessBusinessKey());
	}

}
