package ca.gc.ircc.governance.consultation;

import ca.gc.ircc.governance.review.Actors;
import ca.gc.ircc.governance.ProcessInputException;
import ca.gc.ircc.governance.review.ReviewCycles;
import ca.gc.ircc.governance.review.ReviewProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task {@code respondToConsultation} (one per consultee): shows the draft; on completion records the
 * consultee's own position and comments (local to its task, so parallel answers never mix).
 */
@Component("respondToConsultationTask")
class RespondToConsultationTask implements TaskListener {

	private final Consultations consultations;

	private final ReviewCycles reviewCycles;

	RespondToConsultationTask(Consultations consultations, ReviewCycles reviewCycles) {
		this.consultations = consultations;
		this.reviewCycles = reviewCycles;
	}

	@Override
	public void notify(DelegateTask task) {
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			long versionId = (Long) task.getVariable(ReviewProcess.VERSION_ID);
			task.getExecution().setVariableLocal(ReviewProcess.DRAFT_TEXT, reviewCycles.requireVersion(versionId).getDraftText());
			return;
		}
		long roundId = (Long) task.getVariable(ReviewProcess.ROUND_ID);
		String consultee = (String) task.getExecution().getVariableLocal(ReviewProcess.CONSULTEE);
		ProcessInputException.translating(() -> consultations.respond(roundId, consultee,
				task.getVariable(ReviewProcess.POSITION), task.getVariable(ReviewProcess.COMMENTS), Actors.current(task)));
	}

}
