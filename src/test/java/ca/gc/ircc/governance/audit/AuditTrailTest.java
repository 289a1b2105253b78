package ca.gc.ircc.governance.audit;

import java.util.List;
import java.util.Map;

import ca.gc.ircc.governance.support.IntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail read from the engine's history. A probe process of its own (not one of the
 * contract's processes, so nothing here becomes a version of them) is driven as users would: started
 * by IIR, one task completed over REST, one closed by a deadline.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailTest {

	static final String PROBE = "audit-probe";

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	IdentityService identityService;

	@Autowired
	AuthorizationService authorizationService;

	@Autowired
	AuditTrail trail;

	@Autowired
	TestRestTemplate http;

	@BeforeAll
	void deployTheProbeProcess() {
		BpmnModelInstance probe = Bpmn.createExecutableProcess(PROBE)
			.name("Audit probe")
			.camundaHistoryTimeToLive(1)
			.startEvent("started")
			.parallelGateway("fork")
			.userTask("decide")
			.name("Decide")
			.camundaCandidateGroups("iir")
			.camundaInputParameter("shown", "what the form displays")
			.endEvent("decided")
			.moveToNode("fork")
			.userTask("answer")
			.name("Answer")
			.camundaCandidateGroups("rab")
			.boundaryEvent("deadline")
			.timerWithDuration("PT1H")
			.endEvent("unanswered")
			.done();
		repositoryService.createDeployment().addModelInstance("audit-probe.bpmn", probe).deploy();
		Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		grant.setGroupId("iir");
		grant.setResource(Resources.PROCESS_DEFINITION);
		grant.setResourceId(PROBE);
		grant.addPermission(Permissions.READ);
		grant.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
		grant.addPermission(ProcessDefinitionPermissions.READ_HISTORY);
		authorizationService.saveAuthorization(grant);
	}

	@Test
	void shouldTellWhoDidWhatWhenAndWithWhichDecision() {
		String businessKey = "AUDIT-PROBE-1";
		String instanceId = asIir(() -> runtimeService
			.startProcessInstanceByKey(PROBE, businessKey, Map.of("strategyCode", "ASIA"))
			.getId());
		String decideTask = taskService.createTaskQuery()
			.processInstanceId(instanceId)
			.taskDefinitionKey("decide")
			.singleResult()
			.getId();
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		String completion = "{\"variables\":{\"imcDecision\":{\"value\":\"ENDORSED\",\"type\":\"String\"},"
				+ "\"conditions\":{\"value\":\"=HYPERLINK(\\\"x\\\")\",\"type\":\"String\"}}}";
		assertThat(http.withBasicAuth("demo-iir", "demo")
			.postForEntity("/engine-rest/task/" + decideTask + "/complete", new HttpEntity<>(completion, headers),
					String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		Job deadline = managementService.createJobQuery().processInstanceId(instanceId).timers().singleResult();
		managementService.executeJob(deadline.getId());

		List<AuditEvent> events = asIir(() -> trail.of(PROBE, businessKey));

		assertThat(events).extracting(AuditEvent::actor, AuditEvent::action, AuditEvent::elementKey)
			.containsSubsequence(org.assertj.core.groups.Tuple.tuple("demo-iir", "Started", PROBE),
					org.assertj.core.groups.Tuple.tuple("demo-iir", "Completed", "decide"));
		assertThat(events).extracting(AuditEvent::actor, AuditEvent::action, AuditEvent::elementKey)
			.contains(org.assertj.core.groups.Tuple.tuple(AuditEvent.SYSTEM, "Closed without completion", "answer"));
		assertThat(events.get(0).values()).containsEntry("strategyCode", "ASIA");
		AuditEvent decision = events.stream().filter(e -> "decide".equals(e.elementKey())).findFirst().orElseThrow();
		assertThat(decision.values()).containsEntry("imcDecision", "ENDORSED")
			.containsEntry("conditions", "=HYPERLINK(\"x\")");
		assertThat(decision.values()).as("what the user submitted, not what the form displayed")
			.doesNotContainKey("shown");
		assertThat(events.get(events.size() - 1).action()).isEqualTo("Ended");
		assertThat(events).isSortedAccordingTo(java.util.Comparator.comparing(AuditEvent::at));
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownBusinessKey() {
		assertThat(http.withBasicAuth("demo-iir", "demo")
			.getForEntity("/api/review-cycles/ASIA-1999-R9/audit", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void shouldRefuseTheAuditTrailToOtherOrganizations() {
		for (String user : List.of("demo-mission-delhi", "demo-rab", "demo-gac", "demo-dm")) {
			assertThat(http.withBasicAuth(user, "demo")
				.getForEntity("/api/review-cycles/ASIA-2026-R1/audit", String.class)
				.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(http.withBasicAuth(user, "demo")
				.getForEntity("/api/action-plans/ASIA-2026-R1-AP/audit", String.class)
				.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
		}
	}

	@Test
	void shouldRefuseAnUnknownFormat() {
		var response = http.withBasicAuth("demo-iir", "demo")
			.getForEntity("/api/review-cycles/ASIA-2026-R1/audit?format=xml", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("\"field\":\"format\"");
	}

	private <T> T asIir(java.util.function.Supplier<T> action) {
		identityService.setAuthentication("demo-iir", List.of("iir"));
		try {
			return action.get();
		}
		finally {
			identityService.clearAuthentication();
		}
	}

}
