package ca.gc.ircc.governance.consultation;

import java.time.Duration;

import ca.gc.ircc.governance.review.ReviewProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A reminder point has come: every consultee that has not answered yet is reminded. */
@Component("remindSilentConsultees")
class RemindSilentConsultees implements JavaDelegate {

	private final Consultations consultations;

	RemindSilentConsultees(Consultations consultations) {
		this.consultations = consultations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		consultations.remindSilentConsultees((Long) execution.getVariable(ReviewProcess.ROUND_ID),
				(String) execution.getVariable(ReviewProcess.STRATEGY_CODE),
				Duration.parse((String) execution.getVariable(PlanNextReminder.LEAD_TIME)));
		execution.setVariable(ReviewProcess.LAST_REMINDER_AT, execution.getVariable(ReviewProcess.NEXT_REMINDER_AT));
	}

}
