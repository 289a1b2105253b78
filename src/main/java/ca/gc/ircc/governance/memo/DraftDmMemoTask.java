package ca.gc.ircc.governance.memo;

import ca.gc.ircc.governance.review.Actors;
import ca.gc.ircc.governance.ProcessInputException;
import ca.gc.ircc.governance.review.ReviewProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task {@code draftDmMemo}: starts from the returned memo (with the SADM's comments) or the seed memo's
 * wording; on completion stores the draft and sets {@code memoPurpose} for the rest of the cycle.
 */
@Component("draftDmMemoTask")
class DraftDmMemoTask implements TaskListener {

	private final Memos memos;

	DraftDmMemoTask(Memos memos) {
		this.memos = memos;
	}

	@Override
	public void notify(DelegateTask task) {
		String businessKey = task.getExecution().getProcessBusinessKey();
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			MemoText text = memos.startingText(businessKey);
			task.getExecution().setVariableLocal(ReviewProcess.MEMO_SUMMARY, text.summary());
			task.getExecution().setVariableLocal(ReviewProcess.MEMO_BACKGROUND, text.background());
			task.getExecution().setVariableLocal(ReviewProcess.MEMO_CURRENT_STATUS, text.currentStatus());
			task.getExecution().setVariableLocal(ReviewProcess.MEMO_NEXT_STEPS, text.nextSteps());
			task.getExecution().setVariableLocal(ReviewProcess.SADM_COMMENTS,
					memos.latest(businessKey).map(DmMemo::getSadmComments).orElse(""));
			return;
		}
		ProcessInputException.translating(() -> {
			DmMemo memo = memos.draft(businessKey, (Long) task.getVariable(ReviewProcess.VERSION_ID),
					task.getVariable(ReviewProcess.MEMO_PURPOSE),
					new MemoText(Actors.text(task, ReviewProcess.MEMO_SUMMARY), Actors.text(task, ReviewProcess.MEMO_BACKGROUND),
							Actors.text(task, ReviewProcess.MEMO_CURRENT_STATUS), Actors.text(task, ReviewProcess.MEMO_NEXT_STEPS)),
					Actors.current(task));
			task.getExecution().setVariable(ReviewProcess.MEMO_PURPOSE, memo.getPurpose().name());
		});
	}

}
