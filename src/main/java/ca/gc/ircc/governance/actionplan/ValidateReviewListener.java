package ca.gc.ircc.governance.actionplan;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Review action-plan update": a decision is required, and a returned update needs a reason. */
@Component("validateActionPlanReview")
class ValidateReviewListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		Object accepted = task.getVariable(ActionPlanProcess.UPDATE_ACCEPTED);
		if (!(accepted instanceof Boolean)) {
			throw new BadUserRequestException(
					ActionPlanProcess.UPDATE_ACCEPTED + ": updateAccepted is required, true or false");
		}
		Object reason = task.getVariable(ActionPlanProcess.RETURN_REASON);
		if (!((Boolean) accepted) && (reason == null || reason.toString().isBlank())) {
			throw new BadUserRequestException(
					ActionPlanProcess.RETURN_REASON + ": returnReason is required to return an update");
		}
	}

}
