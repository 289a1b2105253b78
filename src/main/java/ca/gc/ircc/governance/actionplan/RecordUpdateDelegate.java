package ca.gc.ircc.governance.actionplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ca.gc.ircc.governance.InvalidInputException;
import ca.gc.ircc.governance.organization.Organization;
import ca.gc.ircc.governance.organization.OrganizationRepository;
import ca.gc.ircc.governance.strategy.StrategicPriority;
import ca.gc.ircc.governance.strategy.StrategicPriorityRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * "Record the update": validates and stores the activities; IIR's review form shows them. It runs in
 * the transaction of the task's completion (Tasklist or {@code /engine-rest}): a refused update rolls
 * the completion back, the task stays open, and nothing is stored. (A task listener cannot do this
 * job: the engine wraps a listener's exception, and the REST API would answer 500.)
 */
@Component("recordActionPlanUpdate")
class RecordUpdateDelegate implements JavaDelegate {

	private final ActionPlanUpdateValidator validator;

	private final ActionPlanRecords records;

	private final StrategicPriorityRepository priorities;

	private final OrganizationRepository organizations;

	RecordUpdateDelegate(ActionPlanUpdateValidator validator, ActionPlanRecords records,
			StrategicPriorityRepository priorities, OrganizationRepository organizations) {
		this.organizations = organizations;
		this.validator = validator;
		this.records = records;
		this.priorities = priorities;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Long submissionId = (Long) execution.getVariable(ActionPlanProcess.SUBMISSION_ID);
		String strategyCode = (String) execution.getVariable(ActionPlanProcess.STRATEGY_CODE);
		Submission submission = records.submission(submissionId);
		if (Boolean.TRUE.equals(execution.getVariable(ActionPlanProcess.NOTHING_TO_REPORT))) {
			execution.setVariable(ActionPlanProcess.ACTIVITIES, ProcessVariables.jsonValue(List.of()));
		}
		List<ActivityInput> activities;
		try {
			activities = validator.validate(ProcessVariables.json(execution, ActionPlanProcess.ACTIVITIES), strategyCode,
					records.periodOf(submission));
		}
		catch (InvalidInputException ex) {
			throw ProcessVariables.invalidCompletion(ex);
		}
		Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		records.recordUpdate(submissionId, activities, user == null ? null : user.getUserId());
		List<Map<String, Object>> shown = new ArrayList<>();
		Map<Integer, String> names = new java.util.HashMap<>();
		for (StrategicPriority priority : priorities.findByStrategyCodeOrderByNumber(strategyCode)) {
			names.put(priority.getNumber(), priority.getNumber() + ". " + firstWords(priority.getTitleEn(), 5));
		}
		for (ActivityInput activity : activities) {
			Map<String, Object> view = PrepareUpdateDelegate.formView(activity);
			view.put("priorityName", names.getOrDefault(activity.priority(), String.valueOf(activity.priority())));
			EventSize size = EventSize.of(activity.participants());
			view.put("eventSize", size == null ? "" : size.name());
			shown.add(view);
		}
		execution.setVariable(ActionPlanProcess.REVIEWED_ACTIVITIES, ProcessVariables.jsonValue(shown));
		execution.setVariable(ActionPlanProcess.CONTRIBUTOR_NAME, organizations.findById(submission.getContributor())
			.map(Organization::getNameEn)
			.orElse(submission.getContributor()));
		// the review decides afresh: the reason of an earlier return stays in the review records
		execution.setVariable(ActionPlanProcess.RETURN_REASON, null);
		execution.setVariable(ActionPlanProcess.UPDATE_ACCEPTED, null);
	}

	private static String firstWords(String text, int count) {
		String[] words = text.split(" ");
		return words.length <= count ? text : String.join(" ", java.util.Arrays.copyOf(words, count)) + "…";
	}

}
