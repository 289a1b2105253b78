package ca.gc.ircc.governance.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ca.gc.ircc.governance.actionplan.ActionPlanProcess;
import ca.gc.ircc.governance.review.ReviewProcess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Real data for the dashboard's tests, driven through the engine by the contract's names: a review
 * cycle of the Americas in consultation, and an action plan with two periods of updates.
 */
final class DashboardScenario {

	static final String PASSWORD = "dashboard-test-password";

	/** An activity title a spreadsheet would run as a formula if the CSV did not defuse it. */
	static final String TITLE_LIKE_A_FORMULA = "=1+1 Dialogue on mobility";

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final IdentityService identity;

	DashboardScenario(ProcessEngine engine) {
		this.runtime = engine.getRuntimeService();
		this.tasks = engine.getTaskService();
		this.management = engine.getManagementService();
		this.identity = engine.getIdentityService();
	}

	/** A user of its own (a failed login of a shared demo user would slow every other test's logins). */
	String newUser(String group) {
		String id = "dash-" + group + "-" + UUID.randomUUID().toString().substring(0, 8);
		User user = identity.newUser(id);
		user.setFirstName("Dashboard");
		user.setLastName("Tester");
		user.setEmail(id + "@example.org");
		user.setPassword(PASSWORD);
		identity.saveUser(user);
		identity.createMembership(id, group);
		return id;
	}

	/**
	 * A cycle of the strategy in consultation (any running cycle of it is cancelled first): IIR has
	 * drafted, the first consultee has answered SUPPORT, the others not yet.
	 */
	ProcessInstance cycleInConsultation(String strategyCode, OffsetDateTime due, String... consultees) {
		runtime.createProcessInstanceQuery()
			.processDefinitionKey(ReviewProcess.KEY)
			.list()
			.forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "dashboard test: one running cycle per strategy"));
		ProcessInstance cycle = runtime.startProcessInstanceByKey(ReviewProcess.KEY,
				Variables.createVariables()
					.putValue(ReviewProcess.STRATEGY_CODE, strategyCode)
					.putValue(ReviewProcess.CONSULTEES, SpinValues.jsonValue(Spin.JSON(List.of(consultees)).toString()).create())
					.putValue(ReviewProcess.CONSULTATION_DUE, due.toString()));
		tasks.complete(task(cycle, ReviewProcess.DRAFT_STRATEGY).getId(),
				Variables.createVariables().putValue(ReviewProcess.DRAFT_TEXT, "Draft for the dashboard test"));
		tasks.complete(consultationTask(cycle, consultees[0]).getId(),
				Variables.createVariables().putValue(ReviewProcess.POSITION, "SUPPORT"));
		return cycle;
	}

	void respond(ProcessInstance cycle, String consultee, String position) {
		tasks.complete(consultationTask(cycle, consultee).getId(),
				Variables.createVariables().putValue(ReviewProcess.POSITION, position));
	}

	static OffsetDateTime inDays(int days, int hoursLess) {
		return OffsetDateTime.now(ZoneOffset.ofHours(-5)).plusDays(days).minusHours(hoursLess).withNano(0);
	}

	Task task(ProcessInstance instance, String key) {
		return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
	}

	Task consultationTask(ProcessInstance cycle, String consultee) {
		return tasks.createTaskQuery()
			.processInstanceId(cycle.getId())
			.taskDefinitionKey(ReviewProcess.RESPOND_TO_CONSULTATION)
			.taskCandidateGroup(consultee)
			.singleResult();
	}

	/**
	 * An action plan of the Americas of hour-long periods with two contributors: in period 1 the first submits and is
	 * accepted while the second lets its due date pass (OVERDUE); in period 2 the first submits and is
	 * returned, the second has not submitted (PENDING).
	 */
	ProcessInstance planWithTwoPeriods(String businessKey, String strategyCode, String punctual, String late) {
		ProcessInstance plan = runtime.createProcessInstanceByKey(ActionPlanProcess.KEY)
			.businessKey(businessKey)
			.setVariable(ActionPlanProcess.STRATEGY_CODE, strategyCode)
			.setVariable(ActionPlanProcess.CONTRIBUTORS,
					SpinValues.jsonValue(Spin.JSON(List.of(punctual, late)).toString()).create())
			.setVariable(ActionPlanProcess.REPORTING_PERIOD_OVERRIDE, "PT1H")
			.execute();
		submit(plan, punctual, 1, TITLE_LIKE_A_FORMULA);
		review(plan, punctual, 1, true, null);
		// the period's reminders, then its due date: the late contributor is OVERDUE
		for (int i = 0; i < 4; i++) {
			management.executeJob(timer(plan, ActionPlanProcess.REMINDER_TIMER, 1).getId());
		}
		management.executeJob(timer(plan, ActionPlanProcess.UPDATES_DUE_TIMER, 1).getId());
		management.executeJob(timer(plan, ActionPlanProcess.PERIOD_ENDS_TIMER, 1).getId());
		submit(plan, punctual, 2, "Workshop on integrity");
		review(plan, punctual, 2, false, "Please add the partner");
		return plan;
	}

	/**
	 * An action plan of five-second periods through four periods (short periods close a report year
	 * every four): the reporter submits and is accepted each time, the silent contributor never.
	 */
	ProcessInstance planThroughAReportYear(String businessKey, String strategyCode, String reporter, String silent) {
		ProcessInstance plan = runtime.createProcessInstanceByKey(ActionPlanProcess.KEY)
			.businessKey(businessKey)
			.setVariable(ActionPlanProcess.STRATEGY_CODE, strategyCode)
			.setVariable(ActionPlanProcess.CONTRIBUTORS,
					SpinValues.jsonValue(Spin.JSON(List.of(reporter, silent)).toString()).create())
			.setVariable(ActionPlanProcess.REPORTING_PERIOD_OVERRIDE, "PT5S")
			.execute();
		for (int period = 1; period <= 4; period++) {
			submit(plan, reporter, period, "Activity of period " + period);
			review(plan, reporter, period, true, null);
			management.executeJob(timer(plan, ActionPlanProcess.UPDATES_DUE_TIMER, period).getId());
			management.executeJob(timer(plan, ActionPlanProcess.PERIOD_ENDS_TIMER, period).getId());
		}
		return plan;
	}

	private void submit(ProcessInstance plan, String contributor, int period, String title) {
		Map<String, Object> activity = new LinkedHashMap<>();
		activity.put("priority", 1);
		activity.put("title", title);
		activity.put("partner", "Mexico");
		activity.put("date", LocalDate.now().toString());
		activity.put("participants", 25);
		activity.put("role", "LEAD");
		activity.put("citations", List.of("El Universal, page 2"));
		activity.put("outcome", "Shared practices");
		// the Americas' own indicator
		activity.put("newParticipants", true);
		tasks.complete(planTask(plan, ActionPlanProcess.SUBMIT_TASK, contributor, period).getId(),
				Variables.createVariables()
					.putValue(ActionPlanProcess.ACTIVITIES, SpinValues.jsonValue(Spin.JSON(List.of(activity)).toString()).create()));
	}

	private void review(ProcessInstance plan, String contributor, int period, boolean accepted, String reason) {
		tasks.complete(planTask(plan, ActionPlanProcess.REVIEW_TASK, contributor, period).getId(),
				Variables.createVariables()
					.putValue(ActionPlanProcess.UPDATE_ACCEPTED, accepted)
					.putValue(ActionPlanProcess.RETURN_REASON, reason));
	}

	private Task planTask(ProcessInstance plan, String key, String contributor, int period) {
		return tasks.createTaskQuery()
			.processInstanceId(plan.getId())
			.taskDefinitionKey(key)
			.list()
			.stream()
			.filter(t -> contributor.equals(tasks.getVariable(t.getId(), ActionPlanProcess.CONTRIBUTOR))
					&& Integer.valueOf(period).equals(tasks.getVariable(t.getId(), ActionPlanProcess.PERIOD)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No task " + key + " of " + contributor + " for period " + period));
	}

	private Job timer(ProcessInstance plan, String activityId, int period) {
		return management.createJobQuery()
			.processInstanceId(plan.getId())
			.activityId(activityId)
			.timers()
			.list()
			.stream()
			.filter(job -> activityId.equals(ActionPlanProcess.PERIOD_ENDS_TIMER)
					|| Integer.valueOf(period).equals(runtime.getVariable(job.getExecutionId(), ActionPlanProcess.PERIOD)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No timer " + activityId));
	}

}
