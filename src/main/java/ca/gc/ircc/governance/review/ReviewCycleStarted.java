package ca.gc.ircc.governance.review;

import ca.gc.ircc.governance.ProcessInputException;
import ca.gc.ircc.governance.consultation.Consultations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of a review cycle (any way it is started): validates the start variables, then records the
 * cycle, its first draft version and its planned consultation round. Bad input is refused before
 * anything is stored.
 */
@Component("reviewCycleStarted")
class ReviewCycleStarted implements ExecutionListener {

	private final ReviewCycles reviewCycles;

	private final Consultations consultations;

	ReviewCycleStarted(ReviewCycles reviewCycles, Consultations consultations) {
		this.reviewCycles = reviewCycles;
		this.consultations = consultations;
	}

	@Override
	public void notify(DelegateExecution execution) {
		ProcessInputException.translating(() -> {
			var request = new ReviewCycles.StartRequest(execution.getProcessBusinessKey(),
					Actors.text(execution, ReviewProcess.STRATEGY_CODE),
					JsonValues.strings(ReviewProcess.CONSULTEES, execution.getVariable(ReviewProcess.CONSULTEES)),
					execution.getVariable(ReviewProcess.CONSULTATION_DUE), Actors.text(execution, ReviewProcess.DRAFT_TEXT),
					Actors.current(execution));
			ReviewCycles.Started started = reviewCycles.start(request);
			consultations.plan(started.businessKey(), started.versionId(), started.consultationDue());
			execution.setProcessBusinessKey(started.businessKey());
			execution.setVariable(ReviewProcess.VERSION_ID, started.versionId());
			execution.setVariable(ReviewProcess.CONSULTEES, JsonValues.json(started.consultees()));
			execution.setVariable(ReviewProcess.CONSULTATION_DUE, Deadlines.format(started.consultationDue()));
			// the text lives in the strategy version from now on
			execution.removeVariable(ReviewProcess.DRAFT_TEXT);
		});
	}

}
