package ca.gc.ircc.governance.actionplan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** "Record the review decision": accepted, or returned to the contributor with the reason. */
@Component("recordActionPlanReview")
class RecordReviewDelegate implements JavaDelegate {

	private final ActionPlanRecords records;

	RecordReviewDelegate(ActionPlanRecords records) {
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean accepted = (Boolean) execution.getVariable(ActionPlanProcess.UPDATE_ACCEPTED);
		Object reason = execution.getVariable(ActionPlanProcess.RETURN_REASON);
		Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		records.recordReview((Long) execution.getVariable(ActionPlanProcess.SUBMISSION_ID), accepted,
				reason == null ? null : reason.toString(), user == null ? null : user.getUserId());
	}

}
