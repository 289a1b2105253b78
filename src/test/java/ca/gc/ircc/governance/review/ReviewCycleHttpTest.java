package ca.gc.ircc.governance.review;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static ca.gc.ircc.governance.review.ReviewCycleDriver.inDays;
import static ca.gc.ircc.governance.review.ReviewProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review cycle as a black-box HTTP client sees it: Camunda REST and the application's API, with
 * bad input refused (400 naming the field, nothing stored) and organizations kept apart.
 */
@ReviewCycleTest
class ReviewCycleHttpTest {

	static final String START = "/engine-rest/process-definition/key/strategy-review/start";

	@Autowired
	TestRestTemplate http;

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcTemplate jdbc;

	ReviewCycleDriver driver;

	@BeforeEach
	void setUp() {
		driver = new ReviewCycleDriver(engine);
		driver.cancelRunningCycles();
	}

	@AfterEach
	void cancelLeftovers() {
		driver.cancelRunningCycles();
	}

	@Test
	void shouldStartACycleOverCamundaRestAndNumberIt() {
		ResponseEntity<JsonNode> started = startOverEngineRest("demo-iir", "ASIA", "[\"rab\",\"gac\"]", inDays(10).toString());
		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
		String key = started.getBody().get("businessKey").asText();
		assertThat(key).matches("ASIA-\\d{4}-R\\d+");
		JsonNode view = http.withBasicAuth("demo-iir", "demo").getForObject("/api/review-cycles/" + key, JsonNode.class);
		assertThat(view.get("stage")).containsExactly(json("draftStrategy"));
		assertThat(view.at("/consultation")).isEmpty();
	}

	@Test
	void shouldRefuseBadStartVariablesOverCamundaRestNamingTheFieldAndStoringNothing() {
		int cycles = count("review_cycle");
		int versions = count("strategy_version");
		assertRefused(startOverEngineRest("demo-iir", "EUROPE", "[\"rab\"]", inDays(10).toString()), "strategyCode");
		assertRefused(startOverEngineRest("demo-iir", "ASIA", "[\"rab\",\"atlantis\"]", inDays(10).toString()), "consultees");
		assertRefused(startOverEngineRest("demo-iir", "ASIA", "[\"rab\"]", inDays(-1).toString()), "consultationDue");
		assertRefused(startOverEngineRest("demo-iir", "ASIA", "[\"rab\"]", null), "consultationDue");
		assertRefused(startOverEngineRest("demo-iir", "ASIA", "[\"rab\"]", "next Tuesday"), "consultationDue");
		assertThat(count("review_cycle")).isEqualTo(cycles);
		assertThat(count("strategy_version")).isEqualTo(versions);
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
	}

	@Test
	void shouldRefuseASecondRunningCycleForTheSameStrategy() {
		assertThat(startOverEngineRest("demo-iir", "ASIA", "[\"rab\"]", inDays(10).toString()).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		int cycles = count("review_cycle");
		assertRefused(startOverEngineRest("demo-iir", "ASIA", "[\"gac\"]", inDays(10).toString()), "strategyCode");
		ResponseEntity<JsonNode> overApi = startOverApi("demo-iir", Map.of("strategyCode", "ASIA", "consultationDue",
				inDays(10).toString()));
		assertThat(overApi.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(overApi.getBody().get("field").asText()).isEqualTo("strategyCode");
		assertThat(count("review_cycle")).isEqualTo(cycles);
	}

	@Test
	void shouldFreeTheStrategyAndWithdrawTheDraftWhenACycleIsCancelled() {
		ResponseEntity<JsonNode> started = startOverEngineRest("demo-iir", "ASIA", "[\"rab\"]", inDays(10).toString());
		String key = started.getBody().get("businessKey").asText();
		assertThat(http.withBasicAuth("demo-admin", "demo")
			.exchange("/engine-rest/process-instance/" + started.getBody().get("id").asText(),
					org.springframework.http.HttpMethod.DELETE, null, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(jdbc.queryForObject("select end_state from review_cycle where business_key = ?", String.class, key))
			.isEqualTo("CANCELLED");
		assertThat(jdbc.queryForObject("select status from strategy_version where review_business_key = ?", String.class, key))
			.isEqualTo("RETIRED");
		assertThat(startOverEngineRest("demo-iir", "ASIA", "[\"rab\"]", inDays(10).toString()).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void shouldNotLetAnotherOrganizationStartACycle() {
		int cycles = count("review_cycle");
		ResponseEntity<JsonNode> response = startOverEngineRest("demo-rab", "ASIA", "[\"gac\"]", inDays(10).toString());
		// Camunda does not even show the process definition to RAB
		assertThat(response.getStatusCode().value()).isIn(403, 404);
		assertThat(startOverApi("demo-rab", Map.of("strategyCode", "ASIA", "consultationDue", inDays(10).toString()))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(count("review_cycle")).isEqualTo(cycles);
	}

	@Test
	void shouldStartACycleOverTheApplicationsApiWithTheDistributionListByDefault() {
		ResponseEntity<JsonNode> response = startOverApi("demo-iir",
				Map.of("strategyCode", "AMERICAS", "consultationDue", inDays(15).toString(), "draftText", "Americas 2026"));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String key = response.getBody().get("businessKey").asText();
		assertThat(response.getHeaders().getLocation().toString()).endsWith("/api/review-cycles/" + key);
		assertThat(response.getBody().get("stage")).containsExactly(json("draftStrategy"));
		ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult();
		driver.draft(cycle, "Americas 2026, reviewed.");
		JsonNode view = http.withBasicAuth("demo-iir", "demo").getForObject("/api/review-cycles/" + key, JsonNode.class);
		assertThat(view.get("stage")).containsExactly(json(RESPOND_TO_CONSULTATION));
		// branches, partner departments (IRB is named for the Americas) and the region's missions; not IIR, not Asia
		List<String> consultees = view.get("consultation").findValuesAsText("consultee");
		assertThat(consultees).contains("rab", "in", "gac", "irb", "mission-mexico-city", "mission-kingston")
			.doesNotContain("iir", "imc", "dm", "mission-delhi");
	}

	@Test
	void shouldRefuseBadStartInputOverTheApplicationsApi() {
		int cycles = count("review_cycle");
		assertApiRefused(Map.of("strategyCode", "EUROPE", "consultationDue", inDays(10).toString()), "strategyCode");
		assertApiRefused(Map.of("strategyCode", "ASIA", "consultees", List.of("rab", "atlantis"), "consultationDue",
				inDays(10).toString()), "consultees");
		assertApiRefused(Map.of("strategyCode", "ASIA", "consultationDue", inDays(-2).toString()), "consultationDue");
		assertApiRefused(Map.of("strategyCode", "ASIA"), "consultationDue");
		assertThat(count("review_cycle")).isEqualTo(cycles);
	}

	@Test
	void shouldRefuseADecisionOutsideTheContractsListAndKeepTheTaskOpen() {
		ProcessInstance cycle = driver.start("ASIA", List.of("rab"), inDays(10));
		driver.draft(cycle, "Draft.");
		Task consultation = driver.consultationTask(cycle, "rab");
		ResponseEntity<JsonNode> badPosition = complete("demo-rab", consultation.getId(),
				Map.of(POSITION, Map.of("value", "MAYBE"), COMMENTS, Map.of("value", "")));
		assertRefused(badPosition, "position");
		assertRefused(submitForm("demo-rab", consultation.getId(), Map.of(POSITION, Map.of("value", "CONCERNS"))), "comments");
		assertThat(engine.getTaskService().createTaskQuery().taskId(consultation.getId()).count()).isEqualTo(1);
		assertThat(complete("demo-rab", consultation.getId(), Map.of(POSITION, Map.of("value", "SUPPORT"))).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		driver.consolidate(cycle, "ACCEPTED");

		Task imc = driver.task(cycle, IMC_ENDORSEMENT);
		assertRefused(complete("demo-imc", imc.getId(), Map.of(IMC_DECISION, Map.of("value", "MAYBE"), IMC_MEETING_DATE,
				Map.of("value", "2026-04-12"))), "imcDecision");
		assertRefused(complete("demo-imc", imc.getId(), Map.of(IMC_DECISION, Map.of("value", "ENDORSED"))), "imcMeetingDate");
		assertThat(driver.task(cycle, IMC_ENDORSEMENT)).isNotNull();
		assertThat(jdbc.queryForObject("select count(*) from imc_decision where business_key = ?", Integer.class,
				cycle.getBusinessKey())).isZero();
		assertThat(engine.getRuntimeService().getVariable(cycle.getId(), IMC_DECISION)).isNull();

		assertThat(complete("demo-imc", imc.getId(), Map.of(IMC_DECISION, Map.of("value", "ENDORSED"), IMC_MEETING_DATE,
				Map.of("value", "2026-04-12"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		driver.memo(cycle, "FOR_INFORMATION");
		driver.complete(cycle, APPROVE_DM_MEMO, MEMO_APPROVED, true);
		Task dm = driver.task(cycle, DM_REVIEW);
		assertRefused(complete("demo-dm", dm.getId(), Map.of(DM_DECISION, Map.of("value", "APPROVED"))), "dmDecision");
		JsonNode view = http.withBasicAuth("demo-dm", "demo").getForObject("/api/review-cycles/" + cycle.getBusinessKey(),
				JsonNode.class);
		assertThat(view.get("stage")).containsExactly(json(DM_REVIEW));
		assertThat(view.get("imcDecision").asText()).isEqualTo("ENDORSED");
		assertThat(view.get("memoPurpose").asText()).isEqualTo("FOR_INFORMATION");
		assertThat(view.has("dmDecision")).isFalse();
	}

	@Test
	void shouldRefuseDispositionsThatAreNotJsonAndKeepTheTaskOpen() {
		ProcessInstance cycle = driver.start("ASIA", List.of("rab"), inDays(10));
		driver.draft(cycle, "Draft.");
		driver.respond(cycle, "rab", "CONCERNS", "Too vague on removals.");
		Task consolidation = driver.task(cycle, CONSOLIDATE_FEEDBACK);

		for (String notJson : List.of("", "not json", "[{")) {
			assertRefused(complete("demo-iir", consolidation.getId(),
					Map.of(DISPOSITIONS, Map.of("type", "Json", "value", notJson))), DISPOSITIONS);
		}
		assertThat(driver.task(cycle, CONSOLIDATE_FEEDBACK)).isNotNull();
		assertThat(jdbc.queryForObject("select count(*) from comment_disposition d join consultation_response r "
				+ "on r.id = d.response_id join consultation_round c on c.id = r.round_id where c.business_key = ?",
				Integer.class, cycle.getBusinessKey())).isZero();
	}

	@Test
	void shouldShowTheCycleToEachExecutiveOnceItReachesThem() {
		ProcessInstance cycle = driver.start("ASIA", List.of("rab"), inDays(10));
		driver.draft(cycle, "Draft.");
		driver.respond(cycle, "rab", "SUPPORT", null);
		assertThat(statusFor("demo-imc", cycle)).isEqualTo(404);
		driver.consolidate(cycle, "ACCEPTED");

		assertThat(statusFor("demo-imc", cycle)).isEqualTo(200);
		assertThat(statusFor("demo-sadm-spp", cycle)).isEqualTo(404);
		driver.imc(cycle, "ENDORSED", null);
		driver.memo(cycle, "FOR_DECISION");

		assertThat(statusFor("demo-sadm-spp", cycle)).isEqualTo(200);
		assertThat(statusFor("demo-dm", cycle)).isEqualTo(404);
		driver.complete(cycle, APPROVE_DM_MEMO, MEMO_APPROVED, true);

		assertThat(statusFor("demo-dm", cycle)).isEqualTo(200);
		assertThat(statusFor("demo-imc", cycle)).isEqualTo(200);
		assertThat(statusFor("demo-iir", cycle)).isEqualTo(200);
	}

	private int statusFor(String user, ProcessInstance cycle) {
		return http.withBasicAuth(user, "demo")
			.getForEntity("/api/review-cycles/" + cycle.getBusinessKey(), String.class)
			.getStatusCode()
			.value();
	}

	@Test
	void shouldKeepEachOrganizationToItsOwnConsultationTaskAndEntry() {
		ProcessInstance cycle = driver.start("ASIA", List.of("rab", "gac"), inDays(10));
		String key = cycle.getBusinessKey();
		driver.draft(cycle, "Draft.");
		Task rabTask = driver.consultationTask(cycle, "rab");

		JsonNode gacTasks = http.withBasicAuth("demo-gac", "demo")
			.getForObject("/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + key, JsonNode.class);
		assertThat(gacTasks).hasSize(1);
		assertThat(gacTasks.get(0).get("id").asText()).isNotEqualTo(rabTask.getId());
		assertThat(http.withBasicAuth("demo-gac", "demo").getForEntity("/engine-rest/task/" + rabTask.getId(), String.class)
			.getStatusCode().value()).isIn(403, 404);
		ResponseEntity<JsonNode> stolen = complete("demo-gac", rabTask.getId(), Map.of(POSITION, Map.of("value", "CONCERNS"),
				COMMENTS, Map.of("value", "Not yours")));
		assertThat(stolen.getStatusCode().value()).isIn(403, 404);
		assertThat(engine.getTaskService().createTaskQuery().taskId(rabTask.getId()).count()).isEqualTo(1);

		// the consultee opens its own task's form and variables (what Tasklist does)
		assertThat(http.withBasicAuth("demo-rab", "demo").getForEntity("/engine-rest/task/" + rabTask.getId() + "/deployed-form",
				String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode formVariables = http.withBasicAuth("demo-rab", "demo")
			.getForObject("/engine-rest/task/" + rabTask.getId() + "/form-variables", JsonNode.class);
		assertThat(formVariables.at("/draftText/value").asText()).isEqualTo("Draft.");
		assertThat(formVariables.at("/strategyTitle/value").asText()).isEqualTo("IRCC Strategy for Asia");
		assertThat(formVariables.at("/strategyTitleFr/value").asText()).isEqualTo("Stratégie d'IRCC pour l'Asie");
		assertThat(formVariables.at("/deadlineText/value").asText()).endsWith("(America/Toronto)");
		assertThat(formVariables.at("/deadlineTextFr/value").asText()).contains(" h ").endsWith("(America/Toronto)");
		assertThat(complete("demo-rab", rabTask.getId(), Map.of(POSITION, Map.of("value", "SUPPORT_WITH_COMMENTS"),
				COMMENTS, Map.of("value", "Mention resettlement."))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		JsonNode asGac = http.withBasicAuth("demo-gac", "demo").getForObject("/api/review-cycles/" + key, JsonNode.class);
		assertThat(asGac.get("consultation").findValuesAsText("consultee")).containsExactly("gac");
		assertThat(asGac.at("/consultation/0/position").isNull()).isTrue();
		JsonNode asRab = http.withBasicAuth("demo-rab", "demo").getForObject("/api/review-cycles/" + key, JsonNode.class);
		assertThat(asRab.get("consultation").findValuesAsText("consultee")).containsExactly("rab");
		assertThat(asRab.at("/consultation/0/position").asText()).isEqualTo("SUPPORT_WITH_COMMENTS");
		JsonNode asIir = http.withBasicAuth("demo-iir", "demo").getForObject("/api/review-cycles/" + key, JsonNode.class);
		assertThat(asIir.get("consultation").findValuesAsText("consultee")).containsExactly("gac", "rab");
		assertThat(asIir.at("/consultation/1/comments").asText()).isEqualTo("Mention resettlement.");
		assertThat(http.withBasicAuth("demo-mission-bogota", "demo").getForEntity("/api/review-cycles/" + key, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.withBasicAuth("demo-iir", "demo").getForEntity("/api/review-cycles/ASIA-1999-R9", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	private ResponseEntity<JsonNode> startOverEngineRest(String user, String strategyCode, String consultees, String due) {
		Map<String, Object> variables = new java.util.HashMap<>();
		variables.put(STRATEGY_CODE, Map.of("value", strategyCode, "type", "String"));
		variables.put(CONSULTEES, Map.of("value", consultees, "type", "Json"));
		if (due != null) {
			variables.put(CONSULTATION_DUE, Map.of("value", due, "type", "String"));
		}
		return http.withBasicAuth(user, "demo").postForEntity(START, Map.of("variables", variables), JsonNode.class);
	}

	private ResponseEntity<JsonNode> startOverApi(String user, Map<String, Object> body) {
		return http.withBasicAuth(user, "demo").postForEntity("/api/review-cycles", body, JsonNode.class);
	}

	private ResponseEntity<JsonNode> complete(String user, String taskId, Map<String, Object> variables) {
		return http.withBasicAuth(user, "demo")
			.postForEntity("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables), JsonNode.class);
	}

	private ResponseEntity<JsonNode> submitForm(String user, String taskId, Map<String, Object> variables) {
		return http.withBasicAuth(user, "demo")
			.postForEntity("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables), JsonNode.class);
	}

	private void assertApiRefused(Map<String, Object> body, String field) {
		ResponseEntity<JsonNode> response = startOverApi("demo-iir", body);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().get("field").asText()).isEqualTo(field);
	}

	private static void assertRefused(ResponseEntity<JsonNode> response, String field) {
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().get("field").asText()).isEqualTo(field);
		assertThat(response.getBody().get("message").asText()).startsWith(field + ":");
	}

	private int count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private static JsonNode json(String text) {
		return com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
	}

}
