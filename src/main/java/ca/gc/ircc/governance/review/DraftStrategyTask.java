package ca.gc.ircc.governance.review;

import ca.gc.ircc.governance.ProcessInputException;
import java.time.OffsetDateTime;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task {@code draftStrategy}: shows the current draft text for editing; on completion stores the text
 * and the consultees and deadline of the coming consultation round (the deadline must lie ahead,
 * which a revision after a return by the IMC usually needs anew).
 */
@Component("draftStrategyTask")
class DraftStrategyTask implements TaskListener {

	private final ReviewCycles reviewCycles;

	DraftStrategyTask(ReviewCycles reviewCycles) {
		this.reviewCycles = reviewCycles;
	}

	@Override
	public void notify(DelegateTask task) {
		long versionId = (Long) task.getVariable(ReviewProcess.VERSION_ID);
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			task.getExecution().setVariableLocal(ReviewProcess.DRAFT_TEXT, reviewCycles.requireVersion(versionId).getDraftText());
			return;
		}
		ProcessInputException.translating(() -> {
			reviewCycles.reviseDraft(versionId, Actors.text(task, ReviewProcess.DRAFT_TEXT));
			String strategyCode = (String) task.getVariable(ReviewProcess.STRATEGY_CODE);
			List<String> consultees = reviewCycles.consultees(strategyCode,
					JsonValues.strings(ReviewProcess.CONSULTEES, task.getVariable(ReviewProcess.CONSULTEES)));
			OffsetDateTime due = reviewCycles.futureDeadline(ReviewProcess.CONSULTATION_DUE,
					task.getVariable(ReviewProcess.CONSULTATION_DUE));
			task.getExecution().setVariable(ReviewProcess.CONSULTEES, JsonValues.json(consultees));
			task.getExecution().setVariable(ReviewProcess.CONSULTATION_DUE, Deadlines.format(due));
		});
	}

}
