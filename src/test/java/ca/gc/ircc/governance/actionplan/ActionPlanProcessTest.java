package ca.gc.ircc.governance.actionplan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.gc.ircc.governance.notification.Mails;
import ca.gc.ircc.governance.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/** The paths of process action-plan-collection, with its timers driven explicitly. */
@IntegrationTest
class ActionPlanProcessTest {

	static final String UPDATE_FORM = "submit-action-plan-update";

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	FormService forms;

	@Autowired
	ActionPlanRecords records;

	@Autowired
	ActionPlanReports reports;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcTemplate jdbc;

	ActionPlanTestSupport plans;

	@BeforeEach
	void setUp() {
		init(engine);
		plans = new ActionPlanTestSupport(runtime, tasks, management);
	}

	static Map<String, Object> activity(int priority, String title, int participants) {
		Map<String, Object> activity = new LinkedHashMap<>();
		activity.put("priority", priority);
		activity.put("title", title);
		activity.put("partner", "India");
		activity.put("date", LocalDate.now().toString());
		activity.put("participants", participants);
		activity.put("role", "LEAD");
		activity.put("citations", List.of("The Hindu, page 3", "Ministry report"));
		activity.put("outcome", "Visa processing times down");
		return activity;
	}

	@Test
	void shouldCollectAndAcceptEveryUpdateOfAPeriodAndSummarizeIt() throws Exception {
		String key = ActionPlanTestSupport.newBusinessKey("ASIA");
		ProcessInstance plan = plans.start(key, "ASIA", "PT1H", "mission-delhi", "rab");

		Task delhi = plans.submitTask(plan, "mission-delhi", 1);
		Task rab = plans.submitTask(plan, "rab", 1);
		assertThat(delhi).hasCandidateGroup("mission-delhi");
		assertThat(rab).hasCandidateGroup("rab");
		assertThat(delhi.getDueDate().toInstant()).isEqualTo(records.period(key, 1).getDueAt());
		assertThat(forms.getTaskFormData(delhi.getId()).getCamundaFormRef().getKey())
			.isEqualTo(UPDATE_FORM);
		SpinJsonNode options = (SpinJsonNode) tasks.getVariable(delhi.getId(), ActionPlanProcess.PRIORITY_OPTIONS);
		assertThat(options.elements()).hasSize(4);
		assertThat(options.elements().get(0).prop("label").stringValue()).startsWith("1. Increase collaboration");

		Map<String, Object> large = activity(1, "Dialogue on <b>mobility</b> & removals", 120);
		large.put("context", "In person; annual; senior officials");
		large.put("applicationQuality", "Approval rates up 5%");
		plans.submit(delhi, ActionPlanTestSupport.activities(large, activity(3, "Integrity workshop", 10)));
		// the form's "nothing to report" box wins over rows left filled in
		tasks.complete(rab.getId(), org.camunda.bpm.engine.variable.Variables.createVariables()
			.putValue(ActionPlanProcess.NOTHING_TO_REPORT, true)
			.putValue(ActionPlanProcess.ACTIVITIES, org.camunda.spin.plugin.variable.SpinValues
				.jsonValue(ActionPlanTestSupport.activities(activity(2, "Left over", 3)))
				.create()));
		assertThat(records.submission(key, 1, "mission-delhi").getStatus()).isEqualTo(SubmissionStatus.SUBMITTED);

		plans.review(plans.reviewTask(plan, "mission-delhi", 1), true, null);
		plans.review(plans.reviewTask(plan, "rab", 1), true, null);

		Submission accepted = records.submission(key, 1, "mission-delhi");
		assertThat(accepted.getStatus()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(accepted.getActivities()).extracting(Activity::getTitle)
			.containsExactly("Dialogue on <b>mobility</b> & removals", "Integrity workshop");
		assertThat(accepted.getActivities()).extracting(Activity::getEventSize)
			.containsExactly(EventSize.LARGE, EventSize.SMALL);
		assertThat(accepted.getActivities().get(0).getCitations()).containsExactly("The Hindu, page 3", "Ministry report");
		assertThat(accepted.getActivities().get(0).getContext()).isEqualTo("In person; annual; senior officials");
		assertThat(records.submission(key, 1, "rab").getStatus()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(records.submission(key, 1, "rab").getActivities()).isEmpty();
		assertThat(plans.submitTask(plan, "mission-delhi", 1)).isNull();
		assertThat(plans.timers(plan, ActionPlanProcess.REMINDER_TIMER)).isEmpty();

		plans.fire(plans.timerOfPeriod(plan, ActionPlanProcess.UPDATES_DUE_TIMER, 1));

		JsonNode summary = json.readTree(reports.summaryOf(records.period(key, 1)).orElseThrow().getContent());
		assertThat(summary.get("submitted")).extracting(JsonNode::asText).containsExactly("mission-delhi", "rab");
		assertThat(summary.get("overdue")).isEmpty();
		assertThat(summary.get("activities").asInt()).isEqualTo(2);
		assertThat(summary.at("/activitiesPerPriority/0/activities").asInt()).isEqualTo(1);
		assertThat(summary.at("/activitiesPerPriority/2/activities").asInt()).isEqualTo(1);
		assertThat(summary.at("/eventSizes/LARGE").asInt()).isEqualTo(1);
		assertThat(summary.at("/eventSizes/SMALL").asInt()).isEqualTo(1);
		assertThat(summary.get("citations")).hasSize(4);
		assertThat(summary.get("outcomes")).hasSize(2);
		List<MimeMessage> mails = ActionPlanTestSupport.mails("PERIOD_SUMMARY", key + ":summary:1");
		assertThat(mails).isNotEmpty();
		assertThat(ActionPlanTestSupport.recipients(mails.get(0))).contains("iir@example.org");
		assertThat(plan).isActive();
	}

	@Test
	void shouldSendAReturnedUpdateBackWithTheReasonUntilItIsResubmitted() {
		String key = ActionPlanTestSupport.newBusinessKey("AMERICAS");
		ProcessInstance plan = plans.start(key, "AMERICAS", "PT1H", "mission-bogota");
		Task first = plans.submitTask(plan, "mission-bogota", 1);
		assertThat(forms.getTaskFormData(first.getId()).getCamundaFormRef().getKey())
			.isEqualTo(UPDATE_FORM);
		Map<String, Object> outreach = activity(2, "Outreach to students", 30);
		outreach.put("newParticipants", true);
		plans.submit(first, ActionPlanTestSupport.activities(outreach));

		plans.review(plans.reviewTask(plan, "mission-bogota", 1), false, "Please name the partner university");

		assertThat(records.submission(key, 1, "mission-bogota").getStatus()).isEqualTo(SubmissionStatus.RETURNED);
		Task again = plans.submitTask(plan, "mission-bogota", 1);
		assertThat(again).isNotNull();
		assertThat(forms.getTaskFormData(again.getId()).getCamundaFormRef().getKey())
			.isEqualTo(UPDATE_FORM);
		// a constant, so that listing the task reads none of its variables to resolve its form
		assertThat(tasks.getVariablesLocal(again.getId())).doesNotContainKey(ActionPlanProcess.UPDATE_FORM);
		assertThat(tasks.getVariable(again.getId(), ActionPlanProcess.RETURN_REASON))
			.isEqualTo("Please name the partner university");
		SpinJsonNode prefilled = (SpinJsonNode) tasks.getVariable(again.getId(), ActionPlanProcess.ACTIVITIES);
		assertThat(prefilled.elements().get(0).prop("title").stringValue()).isEqualTo("Outreach to students");

		outreach.put("partner", "Universidad Nacional de Colombia");
		plans.submit(again, ActionPlanTestSupport.activities(outreach));
		assertThat(tasks.getVariable(plans.reviewTask(plan, "mission-bogota", 1).getId(), ActionPlanProcess.RETURN_REASON))
			.isNull();
		plans.review(plans.reviewTask(plan, "mission-bogota", 1), true, null);

		Submission submission = records.submission(key, 1, "mission-bogota");
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(submission.getActivities()).singleElement()
			.satisfies(a -> {
				assertThat(a.getPartner()).isEqualTo("Universidad Nacional de Colombia");
				assertThat(a.getNewParticipants()).isTrue();
				assertThat(a.getEventSize()).isEqualTo(EventSize.MEDIUM);
			});
		assertThat(records.latestReview(submission.getId()).orElseThrow().isAccepted()).isTrue();
	}

	@Test
	void shouldRemindEscalateAndMarkOverdueTheContributorsStillAwaitedWhileThePeriodsGoOn() throws Exception {
		String key = ActionPlanTestSupport.newBusinessKey("ASIA");
		ProcessInstance plan = plans.start(key, "ASIA", "PT1H", "mission-manila", "rab", "ib");
		PlanPeriod period = records.period(key, 1);
		plans.submit(plans.submitTask(plan, "rab", 1), "[]");
		plans.review(plans.reviewTask(plan, "rab", 1), true, null);
		plans.submit(plans.submitTask(plan, "ib", 1), "[]"); // with IIR until it is returned below

		// one timer for the whole period: P14D, P7D, P1D before the due date, one point at a time
		for (String lead : List.of("P14D", "P7D", "P1D")) {
			List<Job> reminders = plans.timers(plan, ActionPlanProcess.REMINDER_TIMER);
			assertThat(reminders).hasSize(1);
			assertThat(reminders.get(0).getDuedate().toInstant())
				.isEqualTo(period.getDueAt().minus(java.time.Duration.parse(lead)));
			plans.fire(reminders.get(0));
		}
		// only the update still awaited is chased: not the accepted one, nor the one with IIR
		assertThat(ActionPlanTestSupport.outboxKeys(jdbc, key + ":reminder:1:")).hasSize(3)
			.allMatch(k -> k.startsWith(key + ":reminder:1:mission-manila:"));
		List<MimeMessage> reminders = ActionPlanTestSupport.mails("ACTION_PLAN_REMINDER",
				key + ":reminder:1:mission-manila:", 3);
		assertThat(ActionPlanTestSupport.recipients(reminders.get(0))).contains("mission-manila@example.org");
		String firstTask = plans.submitTask(plan, "mission-manila", 1).getId();
		assertThat(reminders).allSatisfy(mail -> assertThat(Mails.body(mail)).contains("task=" + firstTask));
		assertThat(records.submission(key, 1, "mission-manila").getStatus()).isEqualTo(SubmissionStatus.PENDING);

		// returned to its contributor, an update is awaited again
		plans.review(plans.reviewTask(plan, "ib", 1), false, "Please report the workshop");
		String returnedTask = plans.submitTask(plan, "ib", 1).getId();

		// the due date passes: both are overdue, and their tasks stay open
		Job due = plans.timerOfPeriod(plan, ActionPlanProcess.REMINDER_TIMER, 1);
		assertThat(due.getDuedate().toInstant()).isEqualTo(period.getDueAt());
		plans.fire(due);
		assertThat(records.submission(key, 1, "mission-manila").getStatus()).isEqualTo(SubmissionStatus.OVERDUE);
		assertThat(records.submission(key, 1, "ib").getStatus()).isEqualTo(SubmissionStatus.OVERDUE);
		assertThat(records.submission(key, 1, "rab").getStatus()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(plans.submitTask(plan, "mission-manila", 1)).isNotNull();

		// overdue reminder after P7D, then the escalation at P14D (to IIR and, for a mission, IN)
		plans.fire(plans.timerOfPeriod(plan, ActionPlanProcess.REMINDER_TIMER, 1));
		assertThat(ActionPlanTestSupport.mails("ACTION_PLAN_REMINDER", key + ":reminder:1:ib:"))
			.isNotEmpty()
			.allSatisfy(mail -> assertThat(Mails.body(mail)).contains("task=" + returnedTask));
		assertThat(ActionPlanTestSupport.outboxKeys(jdbc, key + ":escalation:1:")).isEmpty();
		Job escalation = plans.timerOfPeriod(plan, ActionPlanProcess.REMINDER_TIMER, 1);
		assertThat(escalation.getDuedate().toInstant()).isEqualTo(period.getDueAt().plus(java.time.Duration.ofDays(14)));
		plans.fire(escalation);
		assertThat(ActionPlanTestSupport.outboxKeys(jdbc, key + ":escalation:1:")).containsExactlyInAnyOrder(
				key + ":escalation:1:mission-manila:iir", key + ":escalation:1:mission-manila:in",
				key + ":escalation:1:ib:iir");
		ActionPlanTestSupport.mails("ESCALATION", key + ":escalation:1:", 3);
		assertThat(ActionPlanTestSupport.outboxKeys(jdbc, key + ":reminder:1:mission-manila:")).hasSize(5);
		assertThat(ActionPlanTestSupport.outboxKeys(jdbc, key + ":reminder:1:ib:")).hasSize(2);
		assertThat(plans.timers(plan, ActionPlanProcess.REMINDER_TIMER)).hasSize(1);

		// the period still closes: its summary lists the contributors as overdue; the next period starts
		plans.fire(plans.timerOfPeriod(plan, ActionPlanProcess.UPDATES_DUE_TIMER, 1));
		JsonNode summary = json.readTree(reports.summaryOf(period).orElseThrow().getContent());
		assertThat(summary.get("overdue")).extracting(JsonNode::asText).containsExactly("ib", "mission-manila");
		assertThat(summary.at("/statuses/mission-manila").asText()).isEqualTo("OVERDUE");
		assertThat(summary.get("submitted")).extracting(JsonNode::asText).containsExactly("rab");
		plans.fire(plans.timerOfPeriod(plan, ActionPlanProcess.PERIOD_ENDS_TIMER, 1));
		assertThat(plans.submitTask(plan, "mission-manila", 2)).isNotNull();
		assertThat(plans.submitTask(plan, "mission-manila", 1)).isNotNull();
		assertThat(plans.timers(plan, ActionPlanProcess.REMINDER_TIMER)).hasSize(2);

		// two updates open now: each reminder links the task of its own period
		String secondTask = plans.submitTask(plan, "mission-manila", 2).getId();
		plans.fire(plans.timerOfPeriod(plan, ActionPlanProcess.REMINDER_TIMER, 2));
		assertThat(ActionPlanTestSupport.mails("ACTION_PLAN_REMINDER", key + ":reminder:2:mission-manila:"))
			.isNotEmpty() // a copy per recipient
			.allSatisfy(mail -> assertThat(Mails.body(mail)).contains("task=" + secondTask).doesNotContain(firstTask));

		// a late update is still wanted, and recorded as late; once every update of a period is
		// accepted, its reminder loop ends
		plans.submit(plans.submitTask(plan, "mission-manila", 1), "[]");
		Submission late = records.submission(key, 1, "mission-manila");
		assertThat(late.getStatus()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(late.isLate()).isFalse(); // the clock has not really reached a due date 15 days ahead
		plans.review(plans.reviewTask(plan, "mission-manila", 1), true, null);
		assertThat(plans.timers(plan, ActionPlanProcess.REMINDER_TIMER)).hasSize(2);
		plans.submit(plans.submitTask(plan, "ib", 1), "[]");
		plans.review(plans.reviewTask(plan, "ib", 1), true, null);
		assertThat(plans.timers(plan, ActionPlanProcess.REMINDER_TIMER)).singleElement()
			.satisfies(timer -> assertThat(timer.getId()).isEqualTo(plans.timerOfPeriod(plan, ActionPlanProcess.REMINDER_TIMER, 2).getId()));
	}

	@Test
	void shouldStartTheNextPeriodOnTimeAndCarryForwardTheAcceptedActivities() {
		String key = ActionPlanTestSupport.newBusinessKey("ASIA");
		ProcessInstance plan = plans.start(key, "ASIA", "PT30S", "mission-tokyo");
		plans.submit(plans.submitTask(plan, "mission-tokyo", 1),
				ActionPlanTestSupport.activities(activity(2, "Semi-annual consular dialogue", 40)));
		plans.review(plans.reviewTask(plan, "mission-tokyo", 1), true, null);

		plans.fire(plans.timerOfPeriod(plan, ActionPlanProcess.PERIOD_ENDS_TIMER, 1));

		PlanPeriod first = records.period(key, 1);
		PlanPeriod second = records.period(key, 2);
		assertThat(second.getStartsAt()).isEqualTo(first.getEndsAt());
		assertThat(java.time.Duration.between(second.getStartsAt(), second.getEndsAt())).hasSeconds(30);
		Task next = plans.submitTask(plan, "mission-tokyo", 2);
		assertThat(next).isNotNull();
		SpinJsonNode carried = (SpinJsonNode) tasks.getVariable(next.getId(), ActionPlanProcess.ACTIVITIES);
		assertThat(carried.elements()).singleElement()
			.satisfies(a -> assertThat(a.prop("title").stringValue()).isEqualTo("Semi-annual consular dialogue"));
		assertThat(records.submission(key, 2, "mission-tokyo").getStatus()).isEqualTo(SubmissionStatus.PENDING);
		assertThat(plans.timers(plan, ActionPlanProcess.PERIOD_ENDS_TIMER)).hasSize(1);

		plans.submit(next, ActionPlanTestSupport.activities(activity(2, "Semi-annual consular dialogue", 55)));
		plans.review(plans.reviewTask(plan, "mission-tokyo", 2), true, null);
		assertThat(records.submission(key, 2, "mission-tokyo").getActivities()).singleElement()
			.satisfies(a -> assertThat(a.getEventSize()).isEqualTo(EventSize.LARGE));
		assertThat(records.submission(key, 1, "mission-tokyo").getActivities()).singleElement()
			.satisfies(a -> assertThat(a.getEventSize()).isEqualTo(EventSize.MEDIUM));
	}

	@Test
	void shouldCloseEveryOpenTaskWhenTheStrategyIsSupersededMidPeriod() {
		String key = ActionPlanTestSupport.newBusinessKey("AMERICAS");
		ProcessInstance plan = plans.start(key, "AMERICAS", "PT1H", "mission-kingston", "ib");
		plans.submit(plans.submitTask(plan, "ib", 1), "[]");
		assertThat(plans.reviewTask(plan, "ib", 1)).isNotNull();

		runtime.createMessageCorrelation(ActionPlanProcess.SUPERSEDED_MESSAGE).processInstanceBusinessKey(key).correlate();

		assertThat(plan).isEnded().hasPassed(ActionPlanProcess.CLOSED_END);
		assertThat(tasks.createTaskQuery().processInstanceId(plan.getId()).count()).isZero();
		assertThat(management.createJobQuery().processInstanceId(plan.getId()).count()).isZero();
		assertThat(records.require(key).getStatus()).isEqualTo(ActionPlan.Status.CLOSED);
	}

	@Test
	void shouldDefaultTheContributorsToTheBranchesAndTheRegionsMissions() {
		String key = ActionPlanTestSupport.newBusinessKey("AMERICAS");
		ProcessInstance plan = runtime.createProcessInstanceByKey(ActionPlanProcess.KEY)
			.businessKey(key)
			.setVariable(ActionPlanProcess.STRATEGY_CODE, "AMERICAS")
			.execute();
		assertThat(records.require(key).getContributors()).contains("rab", "in", "irm", "ib", "mission-bogota",
				"mission-kingston")
			.doesNotContain("iir", "mission-delhi", "gac", "imc");
		assertThat(tasks.createTaskQuery().processInstanceId(plan.getId()).count())
			.isEqualTo(records.require(key).getContributors().size());
		runtime.deleteProcessInstance(plan.getId(), "test done");
	}

}
