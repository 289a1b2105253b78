package ca.gc.ircc.governance.actionplan;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Start the reporting period": records the next period and tells the timers when it ends and is due. */
@Component("startReportingPeriod")
class StartReportingPeriodDelegate implements JavaDelegate {

	private final ActionPlanRecords records;

	StartReportingPeriodDelegate(ActionPlanRecords records) {
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		PlanPeriod period = records.startNextPeriod(execution.getProcessBusinessKey());
		execution.setVariable(ActionPlanProcess.PERIOD_NUMBER, period.getNumber());
		execution.setVariable(ActionPlanProcess.PERIOD_END, Date.from(period.getEndsAt()));
		execution.setVariable(ActionPlanProcess.PERIOD_DUE, Date.from(period.getDueAt()));
		execution.setVariable(ActionPlanProcess.PERIOD_CLOSES_REPORT_YEAR, period.isClosesReportYear());
	}

}
