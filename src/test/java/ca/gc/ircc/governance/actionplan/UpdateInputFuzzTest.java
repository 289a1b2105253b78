package ca.gc.ircc.governance.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ca.gc.ircc.governance.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz-style input to the action-plan update, over {@code /engine-rest} as a mission sends it: wrong
 * types, huge and odd strings, markup, nulls, unknown fields. Every answer is 204 or 400, never a
 * 5xx; a refused update leaves the task open and nothing stored; an accepted one stores the text
 * exactly as typed. The random cases come from a fixed seed, so a failure replays.
 */
@IntegrationTest
class UpdateInputFuzzTest {

	static final List<Object> ODD_VALUES = oddValues();

	static final List<String> FIELDS = List.of("priority", "title", "partner", "date", "participants", "role",
			"citations", "outcome", "context", "applicationQuality", "newParticipants", "unknownField");

	@Autowired
	TestRestTemplate http;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	ActionPlanRecords records;

	ActionPlanTestSupport plans;

	@BeforeEach
	void setUp() {
		plans = new ActionPlanTestSupport(runtime, tasks, management);
	}

	@Test
	void shouldAnswerEveryMutatedUpdateWith204Or400AndStoreNothingHalfway() {
		Random random = new Random(20261121);
		Plan plan = newPlan();
		for (int i = 0; i < 60; i++) {
			Map<String, Object> activity = validActivity();
			String field = FIELDS.get(random.nextInt(FIELDS.size()));
			Object value = ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
			activity.put(field, value);
			String body = Spin.JSON(List.of(activity)).toString();

			ResponseEntity<JsonNode> response = complete(plan.task(), body);

			String what = "case " + i + ": " + field + " = " + abbreviate(value);
			assertThat(response.getStatusCode().value()).as(what).isIn(204, 400);
			Submission submission = records.submission(plan.key(), 1, "mission-delhi");
			if (response.getStatusCode().value() == 400) {
				assertThat(response.getBody().get("message").asText()).as(what).isNotBlank();
				assertThat(submission.getStatus()).as(what).isEqualTo(SubmissionStatus.PENDING);
				assertThat(submission.getActivities()).as(what).isEmpty();
				assertThat(tasks.createTaskQuery().taskId(plan.task().getId()).count()).as(what).isEqualTo(1);
			}
			else {
				assertThat(submission.getActivities()).as(what).singleElement()
					.satisfies(stored -> assertThat(stored.getTitle()).isEqualTo(activity.get("title")));
				plan = newPlan();
			}
		}
	}

	@Test
	void shouldRefuseMalformedActivityListsWith400() {
		Plan plan = newPlan();
		for (String body : List.of("{}", "[1, 2]", "[null]", "[[]]", "\"activities\"", "null", "true",
				"[{\"title\": {\"nested\": true}, \"priority\": 1}]", "[{\"title\": [\"a\"], \"priority\": 1}]")) {
			ResponseEntity<JsonNode> response = complete(plan.task(), body);
			assertThat(response.getStatusCode().value()).as(body).isEqualTo(400);
			assertThat(records.submission(plan.key(), 1, "mission-delhi").getActivities()).as(body).isEmpty();
		}
	}

	@Test
	void shouldTakeAnEmptyFormRowForNothingToReport() {
		Plan plan = newPlan();
		assertThat(complete(plan.task(), "[{}, {\"title\": \"\", \"citations\": []}]").getStatusCode().value())
			.isEqualTo(204);
		Submission submission = records.submission(plan.key(), 1, "mission-delhi");
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(submission.getActivities()).isEmpty();
	}

	@Test
	void shouldStoreMarkupExpressionsAndHugeTextExactlyAsTyped() {
		Plan plan = newPlan();
		List<String> titles = List.of("<script>alert('x')</script>", "${''.getClass()}", "#{7*7}",
				"'); DROP TABLE action_plan_activity;--", "Ça va — 東京 🇨🇦\nsecond line\ttab", "x".repeat(20_000));
		List<Map<String, Object>> activities = new ArrayList<>();
		for (String title : titles) {
			Map<String, Object> activity = validActivity();
			activity.put("title", title);
			activity.put("outcome", title);
			activities.add(activity);
		}

		ResponseEntity<JsonNode> response = complete(plan.task(), Spin.JSON(activities).toString());

		assertThat(response.getStatusCode().value()).isEqualTo(204);
		assertThat(records.submission(plan.key(), 1, "mission-delhi").getActivities()).extracting(Activity::getTitle)
			.containsExactlyInAnyOrderElementsOf(titles);
		JsonNode view = http.withBasicAuth("demo-iir", "demo").getForObject("/api/action-plans/" + plan.key(),
				JsonNode.class);
		assertThat(view.at("/periods/0/submissions/0/activities").findValuesAsText("title"))
			.containsExactlyInAnyOrderElementsOf(titles);
	}

	private Plan newPlan() {
		String key = ActionPlanTestSupport.newBusinessKey("ASIA");
		ProcessInstance plan = plans.start(key, "ASIA", "PT1H", "mission-delhi");
		return new Plan(key, plans.submitTask(plan, "mission-delhi", 1));
	}

	private ResponseEntity<JsonNode> complete(Task task, String activitiesJson) {
		return ActionPlanTestSupport.completeOverRest(http, "demo-mission-delhi", task, activitiesJson);
	}

	private static Map<String, Object> validActivity() {
		Map<String, Object> activity = new LinkedHashMap<>();
		activity.put("priority", 3);
		activity.put("title", "Canada-India consular dialogue");
		activity.put("partner", "India");
		activity.put("date", LocalDate.now().toString());
		activity.put("participants", 25);
		activity.put("role", "RESOURCE");
		activity.put("citations", List.of("The Hindu"));
		activity.put("outcome", "Visa processing irritants discussed");
		return activity;
	}

	private static List<Object> oddValues() {
		List<Object> values = new ArrayList<>();
		values.add(null);
		values.add(-1);
		values.add(0);
		values.add(1.5);
		values.add(1_000_000_000_000L);
		values.add(true);
		values.add("");
		values.add(" ");
		values.add("LEAD");
		values.add("lead");
		values.add("2026-02-30");
		values.add("yesterday");
		values.add("<img src=x onerror=alert(1)>");
		values.add("${''.getClass().forName('java.lang.Runtime')}");
		values.add("x".repeat(100_000));
		values.add(List.of());
		values.add(List.of(1, 2));
		values.add(Map.of("nested", "object"));
		return values;
	}

	private static String abbreviate(Object value) {
		String text = String.valueOf(value);
		return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
	}

	record Plan(String key, Task task) {
	}

}
