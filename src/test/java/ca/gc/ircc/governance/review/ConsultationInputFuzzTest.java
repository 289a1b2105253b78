package ca.gc.ircc.governance.review;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static ca.gc.ircc.governance.review.ReviewCycleDriver.inDays;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz-style answers to a consultation over {@code /engine-rest}: wrong types, odd and huge strings,
 * markup, nulls, unknown variables. Every answer is 204 or 400, never a 5xx; a refused answer leaves
 * the task open and records nothing; an accepted one records the comments exactly as typed. Fixed seed.
 */
@ReviewCycleTest
class ConsultationInputFuzzTest {

	static final List<String> CONSULTEES = List.of("rab", "in", "irm", "ib", "gac", "cbsa", "ps", "mission-delhi",
			"mission-chandigarh", "mission-islamabad", "mission-manila", "mission-beijing", "mission-hong-kong",
			"mission-tokyo", "mission-seoul");

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	ReviewCycleDriver driver;

	ProcessInstance cycle;

	@BeforeEach
	void startACycleConsultingFifteenOrganizations() {
		driver = new ReviewCycleDriver(engine);
		driver.cancelRunningCycles();
		cycle = driver.start("ASIA", CONSULTEES, inDays(30));
		driver.draft(cycle, "Draft for fuzzing.");
	}

	@AfterEach
	void cancel() {
		driver.cancelRunningCycles();
	}

	@Test
	void shouldRefuseEveryMalformedPositionWith400AndRecordNothing() {
		Random random = new Random(42);
		Task rab = driver.consultationTask(cycle, "rab");
		List<Object> odd = List.of("", " ", "support", "SUPPORT ", "MAYBE", "NO_RESPONSE", "<b>SUPPORT</b>",
				"${'SUPPORT'}", "x".repeat(100_000), 0, 1, -1, 2.5, true, false);
		List<String> types = List.of("String", "Integer", "Double", "Boolean", "Json", "Null", "NoSuchType", "Object");
		for (int i = 0; i < 40; i++) {
			Object value = odd.get(random.nextInt(odd.size()));
			String type = types.get(random.nextInt(types.size()));
			Map<String, Object> position = new LinkedHashMap<>();
			position.put("value", value);
			position.put("type", type);
			Map<String, Object> variables = new LinkedHashMap<>();
			variables.put(ReviewProcess.POSITION, position);
			if (random.nextBoolean()) {
				variables.put("unknownVariable", Map.of("value", "ignored?"));
			}

			ResponseEntity<JsonNode> response = complete("demo-rab", rab, variables);

			String what = "case " + i + ": " + type + " " + String.valueOf(value).substring(0,
					Math.min(30, String.valueOf(value).length()));
			assertThat(response.getStatusCode().value()).as(what + " -> " + response.getBody()).isEqualTo(400);
			assertThat(engine.getTaskService().createTaskQuery().taskId(rab.getId()).count()).as(what).isEqualTo(1);
			assertThat(recordedPositions()).as(what).isEmpty();
		}
	}

	@Test
	void shouldRecordOddButValidCommentsExactlyAsTyped() {
		List<String> comments = List.of("<script>alert('x')</script>", "${''.getClass()}", "#{7*7}",
				"'); DROP TABLE consultation_response;--", "Ça va — 東京 🇨🇦\nline two\ttab", "x".repeat(4000),
				"\"quoted\" \\ backslash");
		Deque<String> consultees = new ArrayDeque<>(CONSULTEES);
		List<String> answered = new ArrayList<>();
		for (String comment : comments) {
			String consultee = consultees.pop();
			ResponseEntity<JsonNode> response = complete("demo-" + consultee, driver.consultationTask(cycle, consultee),
					Map.of(ReviewProcess.POSITION, Map.of("value", "CONCERNS"), ReviewProcess.COMMENTS,
							Map.of("value", comment)));
			assertThat(response.getStatusCode().value()).as(comment).isEqualTo(204);
			answered.add(consultee);
		}
		assertThat(jdbc.queryForList("select r.comments from consultation_response r join consultation_round c "
				+ "on c.id = r.round_id where c.business_key = ? and r.position = 'CONCERNS'", String.class,
				cycle.getBusinessKey())).containsExactlyInAnyOrderElementsOf(comments);
		JsonNode view = http.withBasicAuth("demo-iir", "demo")
			.getForObject("/api/review-cycles/" + cycle.getBusinessKey(), JsonNode.class);
		assertThat(view.get("consultation").findValuesAsText("comments")).containsAll(comments);
	}

	@Test
	void shouldRefuseCommentsLongerThanAProcessVariableHolds() {
		Task gac = driver.consultationTask(cycle, "gac");
		ResponseEntity<JsonNode> response = complete("demo-gac", gac, Map.of(ReviewProcess.POSITION,
				Map.of("value", "CONCERNS"), ReviewProcess.COMMENTS, Map.of("value", "x".repeat(4001))));
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody().get("field").asText()).isEqualTo(ReviewProcess.COMMENTS);
		assertThat(engine.getTaskService().createTaskQuery().taskId(gac.getId()).count()).isEqualTo(1);
		assertThat(recordedPositions()).isEmpty();
	}

	@Test
	void shouldRefuseADraftLongerThanTheConsulteesFormsCanShow() {
		driver.cancelRunningCycles();
		ResponseEntity<JsonNode> response = http.withBasicAuth("demo-iir", "demo")
			.postForEntity("/api/review-cycles", Map.of("strategyCode", "ASIA", "consultees", List.of("rab"),
					"consultationDue", inDays(30).toString(), "draftText", "x".repeat(4001)), JsonNode.class);
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody().get("field").asText()).isEqualTo(ReviewProcess.DRAFT_TEXT);
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ReviewProcess.KEY)
			.count()).isZero();
	}

	@Test
	void shouldRefuseCommentsOfTheWrongType() {
		Task gac = driver.consultationTask(cycle, "gac");
		for (Map<String, Object> comments : List.of(Map.<String, Object>of("value", 12, "type", "Integer"),
				Map.<String, Object>of("value", true, "type", "Boolean"),
				Map.<String, Object>of("value", "[\"a\"]", "type", "Json"))) {
			ResponseEntity<JsonNode> response = complete("demo-gac", gac,
					Map.of(ReviewProcess.POSITION, Map.of("value", "CONCERNS"), ReviewProcess.COMMENTS, comments));
			assertThat(response.getStatusCode().value()).as(comments.toString()).isEqualTo(400);
		}
		assertThat(recordedPositions()).isEmpty();
	}

	private List<String> recordedPositions() {
		return jdbc.queryForList("select r.position from consultation_response r join consultation_round c "
				+ "on c.id = r.round_id where c.business_key = ? and r.position is not null", String.class,
				cycle.getBusinessKey());
	}

	private ResponseEntity<JsonNode> complete(String user, Task task, Map<String, Object> variables) {
		return http.withBasicAuth(user, "demo")
			.postForEntity("/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", variables),
					JsonNode.class);
	}

}
