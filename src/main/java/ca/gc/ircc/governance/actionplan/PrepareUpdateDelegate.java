package ca.gc.ircc.governance.actionplan;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.gc.ircc.governance.strategy.StrategicPriority;
import ca.gc.ircc.governance.strategy.StrategicPriorityRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Prepare the update": the variables of one contributor's update, LOCAL to its instance so that
 * parallel contributors never share them: the submission, the due date, the form, the strategy's
 * priorities by name, and last period's accepted activities carried forward.
 */
@Component("prepareActionPlanUpdate")
class PrepareUpdateDelegate implements JavaDelegate {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

	private final ActionPlanRecords records;

	private final StrategicPriorityRepository priorities;

	PrepareUpdateDelegate(ActionPlanRecords records, StrategicPriorityRepository priorities) {
		this.records = records;
		this.priorities = priorities;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String businessKey = execution.getProcessBusinessKey();
		String strategyCode = (String) execution.getVariable(ActionPlanProcess.STRATEGY_CODE);
		int periodNumber = (Integer) execution.getVariable(ActionPlanProcess.PERIOD);
		String contributor = (String) execution.getVariable(ActionPlanProcess.CONTRIBUTOR);
		Submission submission = records.submission(businessKey, periodNumber, contributor);
		PlanPeriod period = records.periodOf(submission);
		execution.setVariableLocal(ActionPlanProcess.SUBMISSION_ID, submission.getId());
		execution.setVariableLocal(ActionPlanProcess.UPDATE_DUE, Date.from(period.getDueAt()));
		execution.setVariableLocal(ActionPlanProcess.PERIOD_LABEL, label(period));
		execution.setVariableLocal(ActionPlanProcess.PRIORITY_OPTIONS, ProcessVariables.jsonValue(options(strategyCode)));
		execution.setVariableLocal(ActionPlanProcess.PRIORITY_LIST, priorityList(strategyCode));
		execution.setVariableLocal(ActionPlanProcess.ACTIVITIES, ProcessVariables
			.jsonValue(records.carriedForward(businessKey, periodNumber, contributor).stream().map(a -> formView(a)).toList()));
		execution.setVariableLocal(ActionPlanProcess.REVIEWED_ACTIVITIES, ProcessVariables.jsonValue(List.of()));
		execution.setVariableLocal(ActionPlanProcess.CONTRIBUTOR_NAME, contributor);
		execution.setVariableLocal(ActionPlanProcess.RETURN_REASON, null);
		execution.setVariableLocal(ActionPlanProcess.NOTHING_TO_REPORT, false);
		execution.setVariableLocal(ActionPlanProcess.UPDATE_ACCEPTED, null);
	}

	private List<Map<String, Object>> options(String strategyCode) {
		List<Map<String, Object>> options = new ArrayList<>();
		for (StrategicPriority priority : priorities.findByStrategyCodeOrderByNumber(strategyCode)) {
			options.add(Map.of("value", priority.getNumber(), "label",
					priority.getNumber() + ". " + shorten(priority.getTitleEn(), 80)));
		}
		return options;
	}

	/** The priorities in full, English and French, shown above the rows (reference data, not user input). */
	private String priorityList(String strategyCode) {
		StringBuilder list = new StringBuilder("**Strategic Priorities / Priorités stratégiques**\n\n");
		for (StrategicPriority priority : priorities.findByStrategyCodeOrderByNumber(strategyCode)) {
			list.append(priority.getNumber()).append(". ").append(priority.getTitleEn()).append(" / *")
				.append(priority.getTitleFr()).append("*\n");
		}
		return list.toString();
	}

	private static String shorten(String text, int max) {
		return text.length() <= max ? text : text.substring(0, text.lastIndexOf(' ', max)) + "…";
	}

	static String label(PlanPeriod period) {
		return "Period " + period.getNumber() + ": " + period.getStartsAt().atZone(PeriodCalendar.OTTAWA).format(DAY) + " to "
				+ period.getEndsAt().minusSeconds(1).atZone(PeriodCalendar.OTTAWA).format(DAY) + ", due "
				+ period.getDueAt().atZone(PeriodCalendar.OTTAWA).format(DAY);
	}

	/** An activity as the update form holds it (the contract's activity object). */
	static Map<String, Object> formView(ActivityInput activity) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("priority", activity.priority());
		view.put("title", activity.title());
		putIfPresent(view, "partner", activity.partner());
		putIfPresent(view, "date", activity.date() == null ? null : activity.date().toString());
		putIfPresent(view, "participants", activity.participants());
		putIfPresent(view, "role", activity.role() == null ? null : activity.role().name());
		view.put("citations", String.join("\n", activity.citations()));
		putIfPresent(view, "outcome", activity.outcome());
		putIfPresent(view, StrategyIndicators.NEW_PARTICIPANTS, activity.newParticipants());
		putIfPresent(view, StrategyIndicators.CONTEXT, activity.context());
		putIfPresent(view, StrategyIndicators.APPLICATION_QUALITY, activity.applicationQuality());
		return view;
	}

	private static void putIfPresent(Map<String, Object> view, String key, Object value) {
		if (value != null) {
			view.put(key, value);
		}
	}

}
