package ca.gc.ircc.governance.actionplan;

import java.util.List;

import ca.gc.ircc.governance.notification.Mails;
import ca.gc.ircc.governance.support.IntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan started before November 2026 keeps running on its process definition, where every
 * contributor has a reminder timer of its own; those timers call today's "Chase" step, which chases
 * the whole period. The README's upgrade note says each contributor still gets one reminder per
 * point. The old definition is deployed under another key, so that it never becomes the latest
 * version of {@code action-plan-collection} for the other tests.
 */
@IntegrationTest
class ActionPlanUpgradeTest {

	static final String BEFORE = "action-plan-collection-before-2026-11";

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldRemindEachAwaitedContributorOncePerPointWhenEachHasItsOwnTimer() {
		repository.createDeployment()
			.name(BEFORE)
			.enableDuplicateFiltering(true)
			.addClasspathResource("upgrade/" + BEFORE + ".bpmn")
			.deploy();
		ActionPlanTestSupport plans = new ActionPlanTestSupport(runtime, tasks, management);
		String key = ActionPlanTestSupport.newBusinessKey("ASIA");
		ProcessInstance plan = runtime.createProcessInstanceByKey(BEFORE)
			.businessKey(key)
			.setVariable(ActionPlanProcess.STRATEGY_CODE, "ASIA")
			.setVariable(ActionPlanProcess.CONTRIBUTORS,
					ProcessVariables.jsonValue(List.of("mission-manila", "rab", "ib")))
			.setVariable(ActionPlanProcess.REPORTING_PERIOD_OVERRIDE, "PT1H")
			.execute();
		plans.submit(plans.submitTask(plan, "rab", 1), "[]");
		plans.review(plans.reviewTask(plan, "rab", 1), true, null);

		for (int point = 1; point <= 2; point++) {
			List<Job> timers = plans.timers(plan, ActionPlanProcess.REMINDER_TIMER);
			assertThat(timers).as("a timer per contributor still awaited").hasSize(2);
			timers.forEach(plans::fire);
			assertThat(ActionPlanTestSupport.outboxKeys(jdbc, key + ":reminder:1:mission-manila:")).hasSize(point);
			assertThat(ActionPlanTestSupport.outboxKeys(jdbc, key + ":reminder:1:ib:")).hasSize(point);
			assertThat(ActionPlanTestSupport.outboxKeys(jdbc, key + ":reminder:1:rab:")).isEmpty();
		}
		String manilaTask = plans.submitTask(plan, "mission-manila", 1).getId();
		assertThat(ActionPlanTestSupport.mails("ACTION_PLAN_REMINDER", key + ":reminder:1:mission-manila:", 2))
			.allSatisfy(mail -> assertThat(Mails.body(mail)).contains("task=" + manilaTask));
		runtime.deleteProcessInstance(plan.getId(), "test done");
	}

}
