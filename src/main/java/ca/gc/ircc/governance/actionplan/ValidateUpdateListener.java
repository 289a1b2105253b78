package ca.gc.ircc.governance.actionplan;

import ca.gc.ircc.governance.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing "Submit action-plan update" (Tasklist or {@code /engine-rest}): refuses a broken
 * update before anything is stored, so the REST API answers 400 naming the field and the task stays open.
 */
@Component("validateActionPlanUpdate")
class ValidateUpdateListener implements TaskListener {

	private final ActionPlanUpdateValidator validator;

	private final ActionPlanRecords records;

	ValidateUpdateListener(ActionPlanUpdateValidator validator, ActionPlanRecords records) {
		this.validator = validator;
		this.records = records;
	}

	@Override
	public void notify(DelegateTask task) {
		Long submissionId = (Long) task.getVariable(ActionPlanProcess.SUBMISSION_ID);
		try {
			validator.validate(ProcessVariables.json(task, ActionPlanProcess.ACTIVITIES),
					(String) task.getVariable(ActionPlanProcess.STRATEGY_CODE),
					records.periodOf(records.submission(submissionId)));
		}
		catch (InvalidInputException ex) {
			throw ProcessVariables.badRequest(ex);
		}
	}

}
