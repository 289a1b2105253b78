package ca.gc.ircc.governance.consultation;

import ca.gc.ircc.governance.review.ReviewProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes the round, when everyone has answered or when the deadline passes: silent consultees are
 * recorded {@code NO_RESPONSE} (their tasks are closed by the deadline) and IIR hears who they are.
 */
@Component("closeConsultationRound")
class CloseConsultationRound implements JavaDelegate {

	private final Consultations consultations;

	CloseConsultationRound(Consultations consultations) {
		this.consultations = consultations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		consultations.close((Long) execution.getVariable(ReviewProcess.ROUND_ID),
				(String) execution.getVariable(ReviewProcess.STRATEGY_CODE));
	}

}
