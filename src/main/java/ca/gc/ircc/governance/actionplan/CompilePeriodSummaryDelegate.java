package ca.gc.ircc.governance.actionplan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Compile the period summary" once the period's updates are due. */
@Component("compilePeriodSummary")
class CompilePeriodSummaryDelegate implements JavaDelegate {

	private final ActionPlanReports reports;

	CompilePeriodSummaryDelegate(ActionPlanReports reports) {
		this.reports = reports;
	}

	@Override
	public void execute(DelegateExecution execution) {
		reports.compilePeriodSummary(execution.getProcessBusinessKey(),
				(Integer) execution.getVariable(ActionPlanProcess.PERIOD));
	}

}
