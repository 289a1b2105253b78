package ca.gc.ircc.governance.memo;

import ca.gc.ircc.governance.ProcessInputException;
import ca.gc.ircc.governance.review.ReviewProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Tasks {@code approveDmMemo} (SADM) and {@code dmReview} (DM): show the memo as drafted; on completion
 * record the SADM's approval (or return, with comments) or the DM's decision, checked against the
 * memo's purpose.
 */
@Component("memoDecisionTask")
class MemoDecisionTask implements TaskListener {

	static final String MEMO_TEXT = "memoText";

	private final Memos memos;

	MemoDecisionTask(Memos memos) {
		this.memos = memos;
	}

	@Override
	public void notify(DelegateTask task) {
		String businessKey = task.getExecution().getProcessBusinessKey();
		boolean sadm = ReviewProcess.APPROVE_DM_MEMO.equals(task.getTaskDefinitionKey());
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			task.getExecution().setVariableLocal(MEMO_TEXT, memos.rendered(businessKey));
			return;
		}
		ProcessInputException.translating(() -> {
			if (sadm) {
				memos.sadmDecision(businessKey, task.getVariable(ReviewProcess.MEMO_APPROVED),
						task.getVariable(ReviewProcess.SADM_COMMENTS));
			}
			else {
				memos.dmDecision(businessKey, task.getVariable(ReviewProcess.DM_DECISION));
			}
		});
	}

}
