package ca.gc.ircc.governance.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The IMC returned the draft: a new draft version starts from its text. */
@Component("startRevision")
class StartRevision implements JavaDelegate {

	private final ReviewCycles reviewCycles;

	StartRevision(ReviewCycles reviewCycles) {
		this.reviewCycles = reviewCycles;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long returned = (Long) execution.getVariable(ReviewProcess.VERSION_ID);
		execution.setVariable(ReviewProcess.VERSION_ID,
				reviewCycles.startRevision(execution.getProcessBusinessKey(), returned));
	}

}
