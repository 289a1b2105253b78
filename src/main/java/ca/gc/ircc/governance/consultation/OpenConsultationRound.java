package ca.gc.ircc.governance.consultation;

import ca.gc.ircc.governance.review.Deadlines;
import ca.gc.ircc.governance.review.JsonValues;
import ca.gc.ircc.governance.review.ReviewCycles;
import ca.gc.ircc.governance.review.ReviewProcess;
import ca.gc.ircc.governance.strategy.StrategyVersionStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the draft out for consultation: opens the round, the draft version goes into review. */
@Component("openConsultationRound")
class OpenConsultationRound implements JavaDelegate {

	private final Consultations consultations;

	private final ReviewCycles reviewCycles;

	OpenConsultationRound(Consultations consultations, ReviewCycles reviewCycles) {
		this.consultations = consultations;
		this.reviewCycles = reviewCycles;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long versionId = (Long) execution.getVariable(ReviewProcess.VERSION_ID);
		ConsultationRound round = consultations.open(execution.getProcessBusinessKey(), versionId,
				JsonValues.strings(ReviewProcess.CONSULTEES, execution.getVariable(ReviewProcess.CONSULTEES)),
				Deadlines.parse(ReviewProcess.CONSULTATION_DUE, execution.getVariable(ReviewProcess.CONSULTATION_DUE)));
		reviewCycles.moveVersion(versionId, StrategyVersionStatus.IN_REVIEW);
		execution.setVariable(ReviewProcess.ROUND_ID, round.getId());
		execution.removeVariable(ReviewProcess.LAST_REMINDER_AT);
	}

}
