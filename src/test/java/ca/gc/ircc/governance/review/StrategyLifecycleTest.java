package ca.gc.ircc.governance.review;

import java.util.List;

import ca.gc.ircc.governance.actionplan.ActionPlanProcess;
import ca.gc.ircc.governance.actionplan.ActionPlans;
import ca.gc.ircc.governance.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static ca.gc.ircc.governance.review.ReviewCycleDriver.inDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * The whole lifecycle across both processes, with nothing replaced: a review cycle ends in effect and
 * starts the strategy's action plan; the next cycle's version supersedes it, which closes that plan and
 * starts the next one.
 */
@IntegrationTest
class StrategyLifecycleTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	ActionPlans actionPlans;

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	ReviewCycleDriver driver;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
		driver = new ReviewCycleDriver(engine);
		driver.cancelRunningCycles();
		actionPlans.closeRunning("AMERICAS");
	}

	@AfterEach
	void closeWhatIsLeft() {
		driver.cancelRunningCycles();
		actionPlans.closeRunning("AMERICAS");
	}

	@Test
	void shouldStartTheActionPlanWhenTheStrategyComesIntoEffectAndCloseItWhenSuperseded() {
		ProcessInstance first = runCycleToDistribution();
		assertThat(first).isEnded().hasPassed(ReviewProcess.STRATEGY_IN_EFFECT);

		ProcessInstance firstPlan = planOf(first);
		assertThat(firstPlan).isNotNull().isActive().isWaitingAt(ActionPlanProcess.SUBMIT_TASK);
		assertThat(engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(firstPlan.getId())
			.taskDefinitionKey(ActionPlanProcess.SUBMIT_TASK)
			.taskCandidateGroup("mission-bogota")
			.count()).isEqualTo(1);
		JsonNode plan = http.withBasicAuth("demo-iir", "demo")
			.getForObject("/api/action-plans/" + firstPlan.getBusinessKey(), JsonNode.class);
		assertThat(plan.at("/periods/0/submissions").findValuesAsText("contributor")).contains("mission-bogota", "rab")
			.doesNotContain("iir", "mission-delhi");
		assertThat(plan.at("/periods/0/submissions").findValuesAsText("status")).containsOnly("PENDING");

		JsonNode audit = http.withBasicAuth("demo-iir", "demo")
			.getForObject("/api/review-cycles/" + first.getBusinessKey() + "/audit", JsonNode.class);
		assertThat(audit.findValuesAsText("elementKey")).contains(ReviewProcess.DM_REVIEW, "distributeStrategy");
		assertThat(audit.findParents("action")
			.stream()
			.filter(e -> e.get("action").asText().equals("Distributed"))
			.map(e -> e.get("element").asText())).contains("mission-bogota", "gac", "irb");
		assertThat(audit.findParents("elementKey")
			.stream()
			.filter(e -> ReviewProcess.DM_REVIEW.equals(e.get("elementKey").asText()))
			.map(e -> e.at("/values/dmDecision").asText())).containsExactly("APPROVED");

		ProcessInstance second = runCycleToDistribution();
		assertThat(second).isEnded().hasPassed(ReviewProcess.STRATEGY_IN_EFFECT);

		assertThat(firstPlan).isEnded().hasPassed(ActionPlanProcess.CLOSED_END);
		assertThat(engine.getTaskService().createTaskQuery().processInstanceId(firstPlan.getId()).count()).isZero();
		assertThat(planOf(second)).isNotNull().isActive();
		assertThat(jdbc.queryForObject("select status from strategy_version where review_business_key = ?",
				String.class, first.getBusinessKey())).isEqualTo("SUPERSEDED");
		assertThat(jdbc.queryForObject("select status from strategy_version where review_business_key = ?",
				String.class, second.getBusinessKey())).isEqualTo("IN_EFFECT");
	}

	private ProcessInstance runCycleToDistribution() {
		ProcessInstance cycle = driver.start("AMERICAS", List.of("rab", "mission-bogota"), inDays(20));
		driver.draft(cycle, "Americas strategy, revised.");
		driver.respond(cycle, "rab", "SUPPORT", null);
		driver.respond(cycle, "mission-bogota", "SUPPORT_WITH_COMMENTS", "Add the Quito process.");
		driver.consolidate(cycle, "ACCEPTED");
		driver.imc(cycle, "ENDORSED", null);
		driver.memo(cycle, "FOR_DECISION");
		driver.complete(cycle, ReviewProcess.APPROVE_DM_MEMO, ReviewProcess.MEMO_APPROVED, true);
		driver.complete(cycle, ReviewProcess.DM_REVIEW, ReviewProcess.DM_DECISION, "APPROVED");
		driver.runAsynchronousSteps(cycle);
		return cycle;
	}

	private ProcessInstance planOf(ProcessInstance cycle) {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(ActionPlanProcess.KEY)
			.processInstanceBusinessKey(cycle.getBusinessKey() + ActionPlanProcess.BUSINESS_KEY_SUFFIX)
			.singleResult();
	}

}
