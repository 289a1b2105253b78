package ca.gc.ircc.governance.actionplan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ca.gc.ircc.governance.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year of an action plan on PostgreSQL with periods of five seconds: four periods back to back, the
 * activities and their derived event sizes as stored, a summary per period (mailed to IIR) and the
 * annual report after the fourth period ({@code governance.action-plan.annual-report.short-periods-per-year}).
 */
@IntegrationTest
class ActionPlanPeriodsOfSecondsTest {

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	ActionPlanRecords records;

	@Autowired
	ActionPlanReports reports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@Test
	void shouldRunFourPeriodsOfSecondsAndCompileTheirSummariesAndTheAnnualReport() throws Exception {
		ActionPlanTestSupport plans = new ActionPlanTestSupport(runtime, tasks, management);
		String key = ActionPlanTestSupport.newBusinessKey("AMERICAS");
		ProcessInstance plan = plans.start(key, "AMERICAS", "PT5S", "mission-mexico-city", "irm");
		int[] participants = { 0, 10, 11, 50, 51 };

		for (int period = 1; period <= 4; period++) {
			Map<String, Object> activity = new java.util.LinkedHashMap<>(Map.of("priority", period, "title",
					"Activity <" + period + "> & co", "date", LocalDate.now().toString(), "participants",
					participants[period], "role", "PARTICIPANT", "citations", List.of("El Universal, p. " + period),
					"outcome", "Outcome " + period, "newParticipants", period % 2 == 0));
			plans.submit(plans.submitTask(plan, "mission-mexico-city", period), ActionPlanTestSupport.activities(activity));
			plans.review(plans.reviewTask(plan, "mission-mexico-city", period), true, null);
			// irm never reports: each period's summary lists it as overdue
			plans.fire(plans.timerOfPeriod(plan, ActionPlanProcess.UPDATES_DUE_TIMER, period));
			plans.fire(plans.timerOfPeriod(plan, ActionPlanProcess.PERIOD_ENDS_TIMER, period));
		}

		List<PlanPeriod> periods = records.periods(records.require(key));
		assertThat(periods).hasSize(5);
		for (int i = 1; i < periods.size(); i++) {
			assertThat(periods.get(i).getStartsAt()).isEqualTo(periods.get(i - 1).getEndsAt());
			assertThat(Duration.between(periods.get(i).getStartsAt(), periods.get(i).getEndsAt())).hasSeconds(5);
		}
		List<Map<String, Object>> stored = jdbc.queryForList("""
				SELECT p.number, a.title, a.participants, a.event_size, a.new_participants, a.citations
				FROM action_plan_activity a
				JOIN action_plan_submission s ON s.id = a.submission_id
				JOIN action_plan_period p ON p.id = s.period_id
				JOIN action_plan ap ON ap.id = p.action_plan_id
				WHERE ap.business_key = ? ORDER BY p.number""", key);
		assertThat(stored).extracting(row -> row.get("event_size"))
			.containsExactly("SMALL", "MEDIUM", "MEDIUM", "LARGE");
		assertThat(stored).extracting(row -> row.get("title"))
			.containsExactly("Activity <1> & co", "Activity <2> & co", "Activity <3> & co", "Activity <4> & co");
		assertThat(stored).extracting(row -> row.get("new_participants")).containsExactly(false, true, false, true);

		for (int period = 1; period <= 4; period++) {
			JsonNode summary = json.readTree(reports.summaryOf(periods.get(period - 1)).orElseThrow().getContent());
			assertThat(summary.get("submitted")).extracting(JsonNode::asText).containsExactly("mission-mexico-city");
			assertThat(summary.get("overdue")).extracting(JsonNode::asText).containsExactly("irm");
			assertThat(summary.at("/activitiesPerPriority/" + (period - 1) + "/activities").asInt()).isEqualTo(1);
			assertThat(summary.at("/citations/0/citation").asText()).isEqualTo("El Universal, p. " + period);
			List<MimeMessage> mails = ActionPlanTestSupport.mails("PERIOD_SUMMARY", key + ":summary:" + period);
			assertThat(mails).as("summary mail of period " + period).isNotEmpty();
			assertThat(ActionPlanTestSupport.recipients(mails.get(0))).contains("iir@example.org");
		}
		assertThat(records.submission(key, 4, "irm").getStatus()).isEqualTo(SubmissionStatus.OVERDUE);

		List<AnnualReport> annual = reports.annualReportsOf(records.require(key));
		assertThat(annual).singleElement().satisfies(r -> assertThat(r.getReportYear()).isEqualTo("periods 1-4"));
		JsonNode report = json.readTree(annual.get(0).getContent());
		assertThat(report.get("periods")).hasSize(4);
		assertThat(report.at("/contributors/mission-mexico-city/accepted").asInt()).isEqualTo(4);
		assertThat(report.at("/contributors/irm/missing").asInt()).isEqualTo(4);
		assertThat(report.at("/eventSizes/MEDIUM").asInt()).isEqualTo(2);
		assertThat(report.get("activitiesWithNewParticipants").asInt()).isEqualTo(2);
		assertThat(ActionPlanTestSupport.mails("ANNUAL_REPORT", key + ":annual-report:")).isNotEmpty();
		runtime.createMessageCorrelation(ActionPlanProcess.SUPERSEDED_MESSAGE).processInstanceBusinessKey(key).correlate();
	}

}
