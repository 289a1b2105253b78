package ca.gc.ircc.governance.actionplan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Compile the annual report" after the period that closes a report year. */
@Component("compileAnnualReport")
class CompileAnnualReportDelegate implements JavaDelegate {

	private final ActionPlanReports reports;

	CompileAnnualReportDelegate(ActionPlanReports reports) {
		this.reports = reports;
	}

	@Override
	public void execute(DelegateExecution execution) {
		reports.compileAnnualReport(execution.getProcessBusinessKey(),
				(Integer) execution.getVariable(ActionPlanProcess.PERIOD));
	}

}
