package ca.gc.ircc.governance.endorsement;

import ca.gc.ircc.governance.review.Actors;
import ca.gc.ircc.governance.ProcessInputException;
import ca.gc.ircc.governance.review.ReviewCycles;
import ca.gc.ircc.governance.review.ReviewProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task {@code incorporateImcChanges}: shows the IMC's conditions next to the draft, stores the revised text. */
@Component("incorporateImcChangesTask")
class IncorporateImcChangesTask implements TaskListener {

	private final ReviewCycles reviewCycles;

	private final Endorsements endorsements;

	IncorporateImcChangesTask(ReviewCycles reviewCycles, Endorsements endorsements) {
		this.reviewCycles = reviewCycles;
		this.endorsements = endorsements;
	}

	@Override
	public void notify(DelegateTask task) {
		long versionId = (Long) task.getVariable(ReviewProcess.VERSION_ID);
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			task.getExecution().setVariableLocal(ReviewProcess.DRAFT_TEXT, reviewCycles.requireVersion(versionId).getDraftText());
			task.getExecution().setVariableLocal(ReviewProcess.IMC_CONDITIONS, endorsements
				.latest(task.getExecution().getProcessBusinessKey())
				.map(ImcDecision::getConditions)
				.orElse(""));
			return;
		}
		ProcessInputException.translating(() -> reviewCycles.reviseDraft(versionId, Actors.text(task, ReviewProcess.DRAFT_TEXT)));
	}

}
