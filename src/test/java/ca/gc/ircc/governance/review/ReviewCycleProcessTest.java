package ca.gc.ircc.governance.review;

import java.time.Duration;
import java.util.List;

import ca.gc.ircc.governance.actionplan.ActionPlans;
import ca.gc.ircc.governance.distribution.DistributionLists;
import ca.gc.ircc.governance.strategy.StrategyRepository;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static ca.gc.ircc.governance.review.ReviewCycleDriver.inDays;
import static ca.gc.ircc.governance.review.ReviewProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.Mockito.verify;

/** Every path of process {@code strategy-review}, on the real delegates, database and mail server. */
@ReviewCycleTest
class ReviewCycleProcessTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	ActionPlans actionPlans;

	@Autowired
	DistributionLists distributionLists;

	@Autowired
	StrategyRepository strategies;

	@Autowired
	JdbcTemplate jdbc;

	ReviewCycleDriver driver;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
		driver = new ReviewCycleDriver(engine);
		driver.cancelRunningCycles();
		Mockito.reset(actionPlans);
	}

	@AfterEach
	void cancelLeftovers() {
		driver.cancelRunningCycles();
	}

	@Test
	void shouldPutTheStrategyInEffectWhenEveryoneResponds() {
		ProcessInstance cycle = driver.start("ASIA", List.of("rab", "mission-delhi"), inDays(20));
		String key = cycle.getBusinessKey();
		assertThat(key).matches("ASIA-\\d{4}-R\\d+");
		assertThat(cycle).isWaitingAt(DRAFT_STRATEGY);
		assertThat(task()).hasCandidateGroup("iir");

		driver.draft(cycle, "Asia strategy, revised draft.");
		assertThat(cycle).isWaitingAt(RESPOND_TO_CONSULTATION);
		assertThat(taskQuery().taskDefinitionKey(RESPOND_TO_CONSULTATION).taskCandidateGroup("rab").count()).isEqualTo(1);
		assertThat(taskQuery().taskDefinitionKey(RESPOND_TO_CONSULTATION).taskCandidateGroup("mission-delhi").count())
			.isEqualTo(1);
		assertThat(driver.deadlineTimer(cycle)).isNotNull();
		assertThat(driver.reminderTimers(cycle)).hasSize(1);

		driver.respond(cycle, "rab", "SUPPORT_WITH_COMMENTS", "Say more on protection.");
		driver.respond(cycle, "mission-delhi", "SUPPORT", null);
		assertThat(cycle).isWaitingAt(CONSOLIDATE_FEEDBACK);
		assertThat(driver.deadlineTimer(cycle)).isNull();
		assertThat(driver.reminderTimers(cycle)).isEmpty();
		assertThat(jdbc.queryForList("select r.consultee, r.position, r.comments from consultation_response r "
				+ "join consultation_round c on c.id = r.round_id where c.business_key = ? order by r.consultee", key))
			.extracting(row -> row.get("consultee") + "=" + row.get("position") + "/" + row.get("comments"))
			.containsExactly("mission-delhi=SUPPORT/null", "rab=SUPPORT_WITH_COMMENTS/Say more on protection.");

		driver.consolidate(cycle, "ACCEPTED");
		assertThat(cycle).isWaitingAt(IMC_ENDORSEMENT);
		assertThat(task()).hasCandidateGroup("imc");
		driver.imc(cycle, "ENDORSED", null);
		assertThat(cycle).isWaitingAt(DRAFT_DM_MEMO);
		driver.memo(cycle, "FOR_INFORMATION");
		assertThat(cycle).isWaitingAt(APPROVE_DM_MEMO);
		assertThat(task()).hasCandidateGroup("sadm-spp");
		driver.complete(cycle, APPROVE_DM_MEMO, MEMO_APPROVED, true);
		assertThat(cycle).isWaitingAt(DM_REVIEW);
		assertThat(task()).hasCandidateGroup("dm");
		driver.complete(cycle, DM_REVIEW, DM_DECISION, "ACKNOWLEDGED");
		driver.runAsynchronousSteps(cycle);

		assertThat(cycle).isEnded().hasPassed("distributeStrategy", "startActionPlan", STRATEGY_IN_EFFECT);
		verify(actionPlans).startFor("ASIA", key, distributionLists.contributors(strategies.findById("ASIA").orElseThrow()));
		assertThat(jdbc.queryForObject("select status from strategy_version where review_business_key = ?", String.class, key))
			.isEqualTo("IN_EFFECT");
		assertThat(jdbc.queryForObject("select count(*) from strategy_version where strategy_code = 'ASIA' and status = 'IN_EFFECT'",
				Integer.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select status from strategy_version where strategy_code = 'ASIA' and label = 'June 2022'",
				String.class)).isEqualTo("SUPERSEDED");
		assertThat(jdbc.queryForList("select organization_code from distribution_record where business_key = ?", String.class, key))
			.containsExactlyInAnyOrderElementsOf(distributionLists.distributionList(strategies.findById("ASIA").orElseThrow()));
		assertThat(jdbc.queryForObject("select end_state from review_cycle where business_key = ?", String.class, key))
			.isEqualTo(STRATEGY_IN_EFFECT);
	}

	@Test
	void shouldRecordSilentConsulteesAsNoResponseWhenTheDeadlinePasses() throws Exception {
		ProcessInstance cycle = driver.start("AMERICAS", List.of("rab", "gac", "mission-bogota"), inDays(20));
		String key = cycle.getBusinessKey();
		driver.draft(cycle, "Americas draft.");
		driver.respond(cycle, "rab", "CONCERNS", "Too broad.");

		// one reminder timer at a time: first the point 14 days before the deadline
		List<Job> reminders = driver.reminderTimers(cycle);
		assertThat(reminders).hasSize(1);
		Job deadline = driver.deadlineTimer(cycle);
		assertThat(Duration.between(reminders.get(0).getDuedate().toInstant(), deadline.getDuedate().toInstant()))
			.isEqualTo(Duration.ofDays(14));
		driver.execute(reminders.get(0));
		ReviewCycleDriver.awaitMail(key + ":consultation-reminder:1:gac:P14D", "gac@example.org");
		ReviewCycleDriver.awaitMail(key + ":consultation-reminder:1:mission-bogota:P14D", "mission-bogota@example.org");
		assertThat(ReviewCycleDriver.mails(key + ":consultation-reminder:1:rab:P14D")).isEmpty();
		reminders = driver.reminderTimers(cycle);
		assertThat(reminders).hasSize(1);
		assertThat(Duration.between(reminders.get(0).getDuedate().toInstant(), deadline.getDuedate().toInstant()))
			.isEqualTo(Duration.ofDays(7));

		driver.execute(deadline);
		assertThat(cycle).isWaitingAt(CONSOLIDATE_FEEDBACK).hasPassed(CONSULTATION_DEADLINE, "recordNonResponses");
		assertThat(taskQuery().taskDefinitionKey(RESPOND_TO_CONSULTATION).processInstanceId(cycle.getId()).count()).isZero();
		assertThat(driver.reminderTimers(cycle)).isEmpty();
		assertThat(jdbc.queryForList("select r.consultee || '=' || r.position from consultation_response r "
				+ "join consultation_round c on c.id = r.round_id where c.business_key = ? order by r.consultee", String.class, key))
			.containsExactly("gac=NO_RESPONSE", "mission-bogota=NO_RESPONSE", "rab=CONCERNS");
		var notice = ReviewCycleDriver.awaitMail(key + ":non-response:1", "iir@example.org");
		assertThat(notice.getHeader("X-Governance-Kind")[0]).isEqualTo("NON_RESPONSE_NOTICE");
	}

	@Test
	void shouldLoopBackToDraftingWithANewVersionAndRoundWhenTheImcReturnsTheDraft() {
		ProcessInstance cycle = driver.start("ASIA", List.of("irm"), inDays(20));
		String key = cycle.getBusinessKey();
		driver.draft(cycle, "First draft.");
		long firstVersion = (Long) engine.getRuntimeService().getVariable(cycle.getId(), VERSION_ID);
		driver.respond(cycle, "irm", "NO_COMMENT", null);
		driver.consolidate(cycle, "ACCEPTED");
		driver.imc(cycle, "RETURNED", "Rework priority 3.");

		assertThat(cycle).isWaitingAt(DRAFT_STRATEGY).hasPassed("startRevision");
		long secondVersion = (Long) engine.getRuntimeService().getVariable(cycle.getId(), VERSION_ID);
		assertThat(secondVersion).isNotEqualTo(firstVersion);
		assertThat(engine.getTaskService().getVariable(task().getId(), DRAFT_TEXT)).isEqualTo("First draft.");
		driver.complete(cycle, DRAFT_STRATEGY, DRAFT_TEXT, "Second draft.", CONSULTEES, JsonValues.json(List.of("irm", "cbsa")),
				CONSULTATION_DUE, inDays(30).toString());
		assertThat(taskQuery().taskDefinitionKey(RESPOND_TO_CONSULTATION).processInstanceId(cycle.getId()).count()).isEqualTo(2);
		assertThat(jdbc.queryForObject("select max(round_number) from consultation_round where business_key = ?", Integer.class,
				key)).isEqualTo(2);
		driver.respond(cycle, "irm", "SUPPORT", null);
		driver.respond(cycle, "cbsa", "SUPPORT", null);
		driver.consolidate(cycle, "ACCEPTED");
		driver.imc(cycle, "ENDORSED", null);
		driver.memo(cycle, "FOR_DECISION");
		driver.complete(cycle, APPROVE_DM_MEMO, MEMO_APPROVED, true);
		driver.complete(cycle, DM_REVIEW, DM_DECISION, "APPROVED");
		driver.runAsynchronousSteps(cycle);

		assertThat(cycle).isEnded().hasPassed(STRATEGY_IN_EFFECT);
		assertThat(jdbc.queryForList("select label || '=' || status from strategy_version where review_business_key = ? order by id",
				String.class, key))
			.containsExactly(key + " v1=SUPERSEDED", key + " v2=IN_EFFECT");
		verify(actionPlans).startFor(Mockito.eq("ASIA"), Mockito.eq(key), Mockito.anyList());
	}

	@Test
	void shouldPassThroughIncorporatingTheChangesWhenEndorsedWithChanges() {
		ProcessInstance cycle = driver.start("ASIA", List.of("ib"), inDays(20));
		driver.draft(cycle, "Draft.");
		driver.respond(cycle, "ib", "SUPPORT", null);
		driver.consolidate(cycle, "ACCEPTED");
		driver.imc(cycle, "ENDORSED_WITH_CHANGES", "Name the removals partners.");
		assertThat(cycle).isWaitingAt(INCORPORATE_IMC_CHANGES);
		assertThat(task()).hasCandidateGroup("iir");
		assertThat(engine.getTaskService().getVariable(task().getId(), IMC_CONDITIONS))
			.isEqualTo("Name the removals partners.");
		driver.complete(cycle, INCORPORATE_IMC_CHANGES, DRAFT_TEXT, "Draft naming the removals partners.");
		assertThat(cycle).isWaitingAt(DRAFT_DM_MEMO);
		driver.memo(cycle, "FOR_INFORMATION");
		driver.complete(cycle, APPROVE_DM_MEMO, MEMO_APPROVED, true);
		driver.complete(cycle, DM_REVIEW, DM_DECISION, "ACKNOWLEDGED");
		driver.runAsynchronousSteps(cycle);
		assertThat(cycle).isEnded().hasPassed(INCORPORATE_IMC_CHANGES, STRATEGY_IN_EFFECT);
		assertThat(jdbc.queryForObject("select draft_text from strategy_version where review_business_key = ?", String.class,
				cycle.getBusinessKey())).isEqualTo("Draft naming the removals partners.");
	}

	@Test
	void shouldEndAtStrategyRejectedWhenTheImcRejects() {
		ProcessInstance cycle = driver.start("AMERICAS", List.of("irb"), inDays(20));
		driver.draft(cycle, "Draft.");
		driver.respond(cycle, "irb", "CONCERNS", "Not now.");
		driver.consolidate(cycle, "NOT_ACCEPTED");
		driver.imc(cycle, "REJECTED", null);
		assertThat(cycle).isEnded().hasPassed(STRATEGY_REJECTED).hasNotPassed(DRAFT_DM_MEMO);
		assertThat(jdbc.queryForObject("select status from strategy_version where review_business_key = ?", String.class,
				cycle.getBusinessKey())).isEqualTo("REJECTED");
		assertThat(jdbc.queryForObject("select d.disposition from comment_disposition d join consultation_response r on r.id = d.response_id "
				+ "join consultation_round c on c.id = r.round_id where c.business_key = ?", String.class, cycle.getBusinessKey()))
			.isEqualTo("NOT_ACCEPTED");
		Mockito.verifyNoInteractions(actionPlans);
	}

	@Test
	void shouldReturnTheMemoToIirWhenTheSadmReturnsIt() {
		ProcessInstance cycle = driver.start("AMERICAS", List.of("ps"), inDays(20));
		driver.draft(cycle, "Draft.");
		driver.respond(cycle, "ps", "SUPPORT", null);
		driver.consolidate(cycle, "ACCEPTED");
		driver.imc(cycle, "ENDORSED", null);
		driver.memo(cycle, "FOR_DECISION");
		driver.complete(cycle, APPROVE_DM_MEMO, MEMO_APPROVED, false, SADM_COMMENTS, "Shorten the background.");
		assertThat(cycle).isWaitingAt(DRAFT_DM_MEMO);
		assertThat(engine.getTaskService().getVariable(task().getId(), SADM_COMMENTS)).isEqualTo("Shorten the background.");
		assertThat(engine.getTaskService().getVariable(task().getId(), MEMO_SUMMARY))
			.isEqualTo("The purpose of this memorandum is to inform you.");
		driver.memo(cycle, "FOR_DECISION");
		driver.complete(cycle, APPROVE_DM_MEMO, MEMO_APPROVED, true);
		assertThat(cycle).isWaitingAt(DM_REVIEW);
		assertThat(jdbc.queryForObject("select count(*) from dm_memo where business_key = ?", Integer.class, cycle.getBusinessKey()))
			.isEqualTo(2);
	}

	@Test
	void shouldEndAtMemoNotApprovedWhenTheDmDoesNotApprove() {
		ProcessInstance cycle = driver.start("AMERICAS", List.of("ps"), inDays(20));
		driver.draft(cycle, "Draft.");
		driver.respond(cycle, "ps", "SUPPORT", null);
		driver.consolidate(cycle, "ACCEPTED");
		driver.imc(cycle, "ENDORSED", null);
		driver.memo(cycle, "FOR_DECISION");
		driver.complete(cycle, APPROVE_DM_MEMO, MEMO_APPROVED, true);
		driver.complete(cycle, DM_REVIEW, DM_DECISION, "NOT_APPROVED");
		assertThat(cycle).isEnded().hasPassed(MEMO_NOT_APPROVED).hasNotPassed("distributeStrategy");
		assertThat(jdbc.queryForObject("select status from strategy_version where review_business_key = ?", String.class,
				cycle.getBusinessKey())).isEqualTo("NOT_APPROVED");
		assertThat(jdbc.queryForObject("select end_state from review_cycle where business_key = ?", String.class,
				cycle.getBusinessKey())).isEqualTo(MEMO_NOT_APPROVED);
		Mockito.verifyNoInteractions(actionPlans);
	}

}
