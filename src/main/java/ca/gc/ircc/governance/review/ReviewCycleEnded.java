package ca.gc.ircc.governance.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Records how a cycle ended: on each end event, its id (the contract's end state); on the process
 * end of a cancelled instance, {@code CANCELLED}, so that the strategy can be reviewed again.
 */
@Component("reviewCycleEnded")
class ReviewCycleEnded implements ExecutionListener {

	private final ReviewCycles reviewCycles;

	ReviewCycleEnded(ReviewCycles reviewCycles) {
		this.reviewCycles = reviewCycles;
	}

	@Override
	public void notify(DelegateExecution execution) {
		if (execution.isCanceled()) {
			if (reviewCycles.require(execution.getProcessBusinessKey()).isRunning()) {
				reviewCycles.cancel(execution.getProcessBusinessKey(), (Long) execution.getVariable(ReviewProcess.VERSION_ID));
			}
		}
		else if (EVENTNAME_START.equals(execution.getEventName())) {
			reviewCycles.end(execution.getProcessBusinessKey(), execution.getCurrentActivityId());
		}
	}

}
