package ca.gc.ircc.governance.actionplan;

import ca.gc.ircc.governance.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * "Record the review decision": accepted, or returned to the contributor with the reason. Runs in the
 * transaction of the review task's completion, so a refused decision leaves the task open.
 */
@Component("recordActionPlanReview")
class RecordReviewDelegate implements JavaDelegate {

	private final ActionPlanRecords records;

	RecordReviewDelegate(ActionPlanRecords records) {
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object decision = execution.getVariable(ActionPlanProcess.UPDATE_ACCEPTED);
		if (!(decision instanceof Boolean)) {
			throw ProcessVariables.invalidCompletion(new InvalidInputException(ActionPlanProcess.UPDATE_ACCEPTED,
					"updateAccepted is required: true to accept the update, false to return it"));
		}
		boolean accepted = (Boolean) decision;
		Object reason = execution.getVariable(ActionPlanProcess.RETURN_REASON);
		if (!accepted && (reason == null || reason.toString().isBlank())) {
			throw ProcessVariables.invalidCompletion(new InvalidInputException(ActionPlanProcess.RETURN_REASON,
					"returnReason is required to return an update: the contributor sees it"));
		}
		Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		records.recordReview((Long) execution.getVariable(ActionPlanProcess.SUBMISSION_ID), accepted,
				reason == null ? null : reason.toString(), user == null ? null : user.getUserId());
	}

}
