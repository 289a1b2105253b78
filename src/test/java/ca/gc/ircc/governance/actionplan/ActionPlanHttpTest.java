package ca.gc.ircc.governance.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Updates over the engine's REST API as a contributor would send them, and the application's API. */
@IntegrationTest
class ActionPlanHttpTest {

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

	private ResponseEntity<JsonNode> complete(String user, Task task, String activitiesJson) {
		return ActionPlanTestSupport.completeOverRest(http, user, task, activitiesJson);
	}

	/** A CSV cell: a JSON number or boolean, else a text. */
	private static Object parse(String cell) {
		try {
			return Spin.JSON(cell).value();
		}
		catch (RuntimeException notJson) {
			return cell;
		}
	}

	private static String valid(String extraField, Object extraValue) {
		Map<String, Object> activity = new java.util.LinkedHashMap<>(Map.of("priority", 2, "title", "Consular dialogue",
				"date", LocalDate.now().toString(), "participants", 12, "role", "RESOURCE"));
		if (extraField != null) {
			activity.put(extraField, extraValue);
		}
		return Spin.JSON(List.of(Map.of("priority", 1, "title", "Fine activity"), activity)).toString();
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', value = { "priority|7|activities[1].priority", "priority|'two'|activities[1].priority",
			"participants|-3|activities[1].participants", "participants|2.5|activities[1].participants",
			"date|'2001-05-01'|activities[1].date", "title|''|activities[1].title", "role|'BOSS'|activities[1].role",
			"newParticipants|true|activities[1].newParticipants" })
	void shouldRefuseAnInvalidUpdateNamingTheFieldAndKeepTheTaskOpen(String field, String jsonValue,
			String expectedField) {
		String key = ActionPlanTestSupport.newBusinessKey("ASIA");
		ProcessInstance plan = plans.start(key, "ASIA", "PT1H", "mission-delhi");
		Task task = plans.submitTask(plan, "mission-delhi", 1);

		ResponseEntity<JsonNode> response = complete("demo-mission-delhi", task, valid(field, parse(jsonValue)));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().get("message").asText()).contains(expectedField);
		assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
		Submission submission = records.submission(key, 1, "mission-delhi");
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.PENDING);
		assertThat(submission.getActivities()).isEmpty();
		assertThat(plans.reviewTask(plan, "mission-delhi", 1)).isNull();
	}

	@Test
	void shouldRefuseActivitiesThatAreNotJsonAndKeepTheTaskOpen() {
		String key = ActionPlanTestSupport.newBusinessKey("ASIA");
		ProcessInstance plan = plans.start(key, "ASIA", "PT1H", "mission-manila");
		Task task = plans.submitTask(plan, "mission-manila", 1);

		for (String notJson : List.of("", "activities", "[{\"title\":")) {
			ResponseEntity<JsonNode> refused = complete("demo-mission-manila", task, notJson);
			assertThat(refused.getStatusCode()).as(notJson).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(refused.getBody().get("field").asText()).isEqualTo("activities");
		}
		assertThat(records.submission(key, 1, "mission-manila").getStatus()).isEqualTo(SubmissionStatus.PENDING);
		assertThat(plans.submitTask(plan, "mission-manila", 1)).isNotNull();
	}

	@Test
	void shouldRefuseAnAsiaIndicatorInAnAmericasUpdate() {
		String key = ActionPlanTestSupport.newBusinessKey("AMERICAS");
		ProcessInstance plan = plans.start(key, "AMERICAS", "PT1H", "mission-panama");
		Task task = plans.submitTask(plan, "mission-panama", 1);

		ResponseEntity<JsonNode> context = complete("demo-mission-panama", task, valid("context", "virtual, Q2"));
		ResponseEntity<JsonNode> quality = complete("demo-mission-panama", task,
				valid("applicationQuality", "approval rates up"));
		ResponseEntity<JsonNode> notAList = complete("demo-mission-panama", task, "{\"title\": \"x\"}");

		assertThat(context.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(context.getBody().get("message").asText()).contains("activities[1].context");
		assertThat(quality.getBody().get("message").asText()).contains("activities[1].applicationQuality");
		assertThat(notAList.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(notAList.getBody().get("message").asText()).contains("activities");
		assertThat(records.submission(key, 1, "mission-panama").getStatus()).isEqualTo(SubmissionStatus.PENDING);
		assertThat(complete("demo-mission-panama", task, valid("newParticipants", true)).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(records.submission(key, 1, "mission-panama").getActivities()).hasSize(2);
	}

	@Test
	void shouldIgnoreUnusedFormRowsAndRefuseAReturnWithoutAReason() {
		String key = ActionPlanTestSupport.newBusinessKey("ASIA");
		ProcessInstance plan = plans.start(key, "ASIA", "PT1H", "mission-islamabad");
		Task task = plans.submitTask(plan, "mission-islamabad", 1);
		String rows = "[{\"priority\": 3, \"title\": \"Integrity briefing\", \"participants\": 60, \"citations\": \"Dawn\\nGeo TV\"},"
				+ " {\"priority\": null, \"title\": \"\", \"partner\": \"\", \"date\": null, \"participants\": null,"
				+ " \"role\": null, \"citations\": \"\", \"outcome\": \"\", \"context\": \"\", \"applicationQuality\": \"\"}]";
		assertThat(complete("demo-mission-islamabad", task, rows).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(records.submission(key, 1, "mission-islamabad").getActivities()).singleElement().satisfies(a -> {
			assertThat(a.getEventSize()).isEqualTo(EventSize.LARGE);
			assertThat(a.getCitations()).containsExactly("Dawn", "Geo TV");
		});

		Task review = plans.reviewTask(plan, "mission-islamabad", 1);
		ResponseEntity<JsonNode> noReason = http.withBasicAuth("demo-iir", "demo")
			.postForEntity("/engine-rest/task/" + review.getId() + "/complete",
					Map.of("variables", Map.of("updateAccepted", Map.of("type", "Boolean", "value", false))),
					JsonNode.class);
		assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(noReason.getBody().get("message").asText()).contains("returnReason");
		assertThat(records.submission(key, 1, "mission-islamabad").getStatus()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
	}

	@Test
	void shouldNotLetAnotherOrganizationCompleteTheUpdate() {
		String key = ActionPlanTestSupport.newBusinessKey("ASIA");
		ProcessInstance plan = plans.start(key, "ASIA", "PT1H", "mission-delhi");
		Task task = plans.submitTask(plan, "mission-delhi", 1);

		ResponseEntity<JsonNode> response = complete("demo-mission-tokyo", task, "[]");

		assertThat(response.getStatusCode().is4xxClientError()).isTrue();
		assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
	}

	@Test
	void shouldShowEachCallerWhatItsOrganizationMaySee() {
		String key = ActionPlanTestSupport.newBusinessKey("ASIA");
		ProcessInstance plan = plans.start(key, "ASIA", "PT1H", "mission-delhi", "mission-seoul");
		Task task = plans.submitTask(plan, "mission-delhi", 1);
		assertThat(complete("demo-mission-delhi", task, valid(null, null)).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);

		JsonNode forIir = http.withBasicAuth("demo-iir", "demo").getForObject("/api/action-plans/" + key, JsonNode.class);
		assertThat(forIir.at("/periods/0/number").asInt()).isEqualTo(1);
		assertThat(forIir.at("/periods/0/start").asText()).isNotBlank();
		assertThat(forIir.at("/periods/0/end").asText()).isNotBlank();
		assertThat(forIir.at("/periods/0/due").asText()).isNotBlank();
		assertThat(forIir.at("/periods/0/submissions")).hasSize(2);
		assertThat(forIir.at("/periods/0/submissions/0/contributor").asText()).isEqualTo("mission-delhi");
		assertThat(forIir.at("/periods/0/submissions/0/status").asText()).isEqualTo("SUBMITTED");
		assertThat(forIir.at("/periods/0/submissions/0/activities/1/eventSize").asText()).isEqualTo("MEDIUM");
		assertThat(forIir.at("/periods/0/submissions/1/status").asText()).isEqualTo("PENDING");

		JsonNode forIn = http.withBasicAuth("demo-in", "demo").getForObject("/api/action-plans/" + key, JsonNode.class);
		assertThat(forIn.at("/periods/0/submissions")).hasSize(2);

		JsonNode forSeoul = http.withBasicAuth("demo-mission-seoul", "demo")
			.getForObject("/api/action-plans/" + key, JsonNode.class);
		assertThat(forSeoul.at("/periods/0/submissions")).hasSize(1);
		assertThat(forSeoul.at("/periods/0/submissions/0/contributor").asText()).isEqualTo("mission-seoul");

		for (String outsider : List.of("demo-mission-bogota", "demo-gac", "demo-mission-tokyo")) {
			assertThat(http.withBasicAuth(outsider, "demo").getForEntity("/api/action-plans/" + key, String.class)
				.getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
		}
		assertThat(http.withBasicAuth("demo-iir", "demo").getForEntity("/api/action-plans/NOPE-AP", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void shouldLetIirStartAnActionPlanWithTheDefaultContributors() {
		String review = "AMERICAS-TEST-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		ResponseEntity<JsonNode> started = http.withBasicAuth("demo-iir", "demo")
			.postForEntity("/api/action-plans", Map.of("strategyCode", "AMERICAS", "reviewBusinessKey", review),
					JsonNode.class);

		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(started.getBody().get("businessKey").asText()).isEqualTo(review + "-AP");
		assertThat(started.getBody().at("/periods/0/submissions").size()).isGreaterThan(8);
		assertThat(http.withBasicAuth("demo-iir", "demo")
			.postForEntity("/api/action-plans", Map.of("strategyCode", "AMERICAS", "reviewBusinessKey", review),
					JsonNode.class)
			.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		ResponseEntity<JsonNode> unknown = http.withBasicAuth("demo-iir", "demo")
			.postForEntity("/api/action-plans", Map.of("strategyCode", "EUROPE", "reviewBusinessKey", review + "X"),
					JsonNode.class);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unknown.getBody().get("field").asText()).isEqualTo("strategyCode");
		assertThat(http.withBasicAuth("demo-rab", "demo")
			.postForEntity("/api/action-plans", Map.of("strategyCode", "AMERICAS", "reviewBusinessKey", review + "Y"),
					JsonNode.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		runtime.createMessageCorrelation(ActionPlanProcess.SUPERSEDED_MESSAGE)
			.processInstanceBusinessKey(review + "-AP")
			.correlate();
	}

	@Test
	void shouldRefuseAStartOverTheEngineApiWithAnUnknownStrategy() {
		Map<String, Object> body = Map.of("businessKey", "NOPE-TEST-AP", "variables",
				Map.of("strategyCode", Map.of("type", "String", "value", "EUROPE")));
		ResponseEntity<JsonNode> response = http.withBasicAuth("demo-iir", "demo")
			.postForEntity("/engine-rest/process-definition/key/action-plan-collection/start", body, JsonNode.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().get("message").asText()).contains("strategyCode");
	}

}
