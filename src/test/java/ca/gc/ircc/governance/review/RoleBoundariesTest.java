package ca.gc.ircc.governance.review;

import java.util.List;

import ca.gc.ircc.governance.actionplan.ActionPlanProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each role must not do, tried over HTTP by a mission, a branch that was not consulted, a
 * partner department, the IMC, the DM and an anonymous caller, against another organization's
 * consultation task in a running cycle: each call answers 401 (anonymous) or 403/404, and nothing
 * changes.
 */
@ReviewCycleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleBoundariesTest {

	static final String ANONYMOUS = "anonymous";

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestRestTemplate http;

	ReviewCycleDriver driver;

	ProcessInstance cycle;

	Task rabTask;

	ProcessInstance actionPlan;

	@BeforeAll
	void startACycleConsultingRabGacAndDelhi() {
		driver = new ReviewCycleDriver(engine);
		driver.cancelRunningCycles();
		cycle = driver.start("ASIA", List.of("rab", "gac", "mission-delhi"), ReviewCycleDriver.inDays(20));
		driver.draft(cycle, "Draft for the role boundaries.");
		rabTask = driver.consultationTask(cycle, "rab");
		actionPlan = engine.getRuntimeService()
			.createProcessInstanceByKey(ActionPlanProcess.KEY)
			.businessKey("ROLE-BOUNDARIES-" + System.nanoTime() + ActionPlanProcess.BUSINESS_KEY_SUFFIX)
			.setVariable(ActionPlanProcess.STRATEGY_CODE, "ASIA")
			.setVariable(ActionPlanProcess.CONTRIBUTORS,
					SpinValues.jsonValue("[\"mission-delhi\",\"rab\"]").create())
			.execute();
	}

	@AfterAll
	void cancelTheCycleAndThePlan() {
		driver.cancelRunningCycles();
		engine.getRuntimeService().deleteProcessInstanceIfExists(actionPlan.getId(), "test cleanup", true, true, true, true);
	}

	@ParameterizedTest
	@ValueSource(strings = { "demo-mission-delhi", "demo-rab", "demo-gac", "demo-imc", "demo-dm", ANONYMOUS })
	void shouldNotCloseAnActionPlanByCorrelatingItsMessage(String user) {
		ResponseEntity<String> response = post(user, "/engine-rest/message", "{\"messageName\":\""
				+ ActionPlanProcess.SUPERSEDED_MESSAGE + "\",\"businessKey\":\"" + actionPlan.getBusinessKey() + "\"}");
		if (user.equals(ANONYMOUS)) {
			assertThat(response.getStatusCode().value()).isEqualTo(401);
		}
		else {
			assertThat(response.getStatusCode().value()).as(user + ": " + response).isIn(403, 404);
		}
		assertThat(engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(actionPlan.getId())
			.active()
			.count()).as("the action plan still runs").isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "demo-mission-delhi", "demo-ib", "demo-gac", "demo-imc", "demo-dm", ANONYMOUS })
	void shouldNeitherCompleteNorClaimAnotherOrganizationsTask(String user) {
		assertRefused(user, post(user, "/engine-rest/task/" + rabTask.getId() + "/complete",
				"{\"variables\":{\"position\":{\"value\":\"CONCERNS\"},\"comments\":{\"value\":\"not mine\"}}}"));
		assertRefused(user, post(user, "/engine-rest/task/" + rabTask.getId() + "/claim",
				"{\"userId\":\"" + user + "\"}"));
		assertRefused(user, post(user, "/engine-rest/task/" + rabTask.getId() + "/assignee",
				"{\"userId\":\"" + user + "\"}"));

		Task unchanged = engine.getTaskService().createTaskQuery().taskId(rabTask.getId()).singleResult();
		assertThat(unchanged).as("the task is still open").isNotNull();
		assertThat(unchanged.getAssignee()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "demo-mission-delhi", "demo-ib", "demo-gac", "demo-imc", "demo-dm", ANONYMOUS })
	void shouldNotReadAnotherOrganizationsTaskOrTheInstanceVariables(String user) {
		assertRefused(user, get(user, "/engine-rest/task/" + rabTask.getId()));
		assertRefused(user, get(user, "/engine-rest/task/" + rabTask.getId() + "/variables"));
		assertRefused(user, get(user, "/engine-rest/task/" + rabTask.getId() + "/form-variables"));
		assertRefused(user, get(user, "/engine-rest/process-instance/" + cycle.getId() + "/variables"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "demo-mission-delhi", "demo-ib", "demo-gac", "demo-imc", "demo-dm", ANONYMOUS })
	void shouldNotReadTheCyclesHistory(String user) {
		assertRefused(user, get(user, "/engine-rest/history/process-instance/" + cycle.getId()));
		if (user.equals(ANONYMOUS)) {
			return;
		}
		// history lists are filtered by the engine: an unauthorized reader sees nothing of the cycle
		assertThat(get(user, "/engine-rest/history/task?maxResults=50&processInstanceId=" + cycle.getId()).getBody())
			.isEqualTo("[]");
		assertThat(get(user,
				"/engine-rest/history/variable-instance?maxResults=50&processInstanceId=" + cycle.getId()).getBody())
			.isEqualTo("[]");
		assertThat(get(user, "/engine-rest/history/detail?maxResults=50&processInstanceId=" + cycle.getId())
			.getBody()).isEqualTo("[]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "demo-mission-delhi", "demo-ib", "demo-gac", "demo-imc", "demo-dm", ANONYMOUS })
	void shouldNotStartCyclesNorDeploy(String user) {
		long cycles = runningCycles();
		assertRefused(user, post(user, "/engine-rest/process-definition/key/strategy-review/start",
				"{\"variables\":{\"strategyCode\":{\"value\":\"AMERICAS\"},"
						+ "\"consultees\":{\"type\":\"Json\",\"value\":\"[\\\"rab\\\"]\"},"
						+ "\"consultationDue\":{\"value\":\"" + ReviewCycleDriver.inDays(30) + "\"}}}"));
		assertRefused(user, post(user, "/api/review-cycles",
				"{\"strategyCode\":\"AMERICAS\",\"consultees\":[\"rab\"],\"consultationDue\":\""
						+ ReviewCycleDriver.inDays(30) + "\"}"));
		assertThat(runningCycles()).isEqualTo(cycles);

		var form = new LinkedMultiValueMap<String, Object>();
		form.add("deployment-name", "by-" + user);
		form.add("data", new ByteArrayResource("<definitions/>".getBytes()) {
			@Override
			public String getFilename() {
				return "intruder.bpmn";
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		assertRefused(user, as(user).postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers),
				String.class));
		assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName("by-" + user).count()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "demo-ib", "demo-irm", "demo-mission-bogota", "demo-cbsa", ANONYMOUS })
	void shouldNotReadACycleItWasNotConsultedOn(String user) {
		assertRefused(user, get(user, "/api/review-cycles/" + cycle.getBusinessKey()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "demo-imc", "demo-sadm-spp", "demo-dm" })
	void shouldNotShowExecutivesACycleBeforeItReachesThem(String user) {
		assertRefused(user, get(user, "/api/review-cycles/" + cycle.getBusinessKey()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "demo-mission-delhi", "demo-ib", "demo-gac", "demo-imc", "demo-dm", ANONYMOUS })
	void shouldNotReadTheAuditTrail(String user) {
		assertRefused(user, get(user, "/api/review-cycles/" + cycle.getBusinessKey() + "/audit"));
	}

	private long runningCycles() {
		return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ReviewProcess.KEY).count();
	}

	private void assertRefused(String user, ResponseEntity<String> response) {
		if (user.equals(ANONYMOUS)) {
			assertThat(response.getStatusCode().value()).as(response.toString()).isEqualTo(401);
		}
		else {
			assertThat(response.getStatusCode().value()).as(user + ": " + response).isIn(403, 404);
		}
	}

	private ResponseEntity<String> get(String user, String path) {
		return as(user).getForEntity(path, String.class);
	}

	private ResponseEntity<String> post(String user, String path, String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return as(user).exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
	}

	private TestRestTemplate as(String user) {
		return user.equals(ANONYMOUS) ? http : http.withBasicAuth(user, "demo");
	}

}
