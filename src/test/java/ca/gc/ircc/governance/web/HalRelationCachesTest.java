package ca.gc.ircc.governance.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import ca.gc.ircc.governance.support.BrowserSession;
import ca.gc.ircc.governance.support.IntegrationTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.cache.DefaultHalResourceCache;
import org.camunda.bpm.engine.rest.hal.group.HalGroup;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.camunda.bpm.engine.rest.hal.user.HalUser;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Camunda's HAL relation cache is on for process definitions, and a Tasklist page fills it. */
@IntegrationTest
class HalRelationCachesTest {

	static final String PROCESS = "hal-cache-test";

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	FilterService filterService;

	@LocalServerPort
	int port;

	@Test
	void shouldKeepTheRelationsTasklistEmbedsForTheConfiguredTime() {
		assertThat(Hal.getInstance().getHalRelationCache(HalProcessDefinition.class))
			.isInstanceOfSatisfying(DefaultHalResourceCache.class, cache -> {
				assertThat(cache.getCapacity()).isEqualTo(1000);
				assertThat(cache.getSecondsToLive()).isEqualTo(300);
			});
		// an organization may not read another's users: users and groups are read for each user
		assertThat(Hal.getInstance().getHalRelationCache(HalUser.class)).isNull();
		assertThat(Hal.getInstance().getHalRelationCache(HalGroup.class)).isNull();
	}

	@Test
	void shouldServeTheEmbeddedProcessDefinitionOfATasklistPageFromTheCache() {
		repositoryService.createDeployment()
			.name(PROCESS)
			.enableDuplicateFiltering(true)
			.addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
				.name("HAL cache test")
				.camundaHistoryTimeToLive(1)
				.startEvent("started")
				.userTask("look")
				.name("Look at the HAL cache")
				// an administrator may read every process definition, an organization only those of its processes
				.camundaCandidateGroups("camunda-admin")
				.endEvent("done")
				.done())
			.deploy();
		ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS);
		try {
			String definitionId = instance.getProcessDefinitionId();
			for (int page = 0; page < 2; page++) {
				HttpResponse<String> list = tasklistPage("demo-admin");
				assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
				assertThat(list.body()).contains("\"id\":\"" + definitionId + "\"", "\"name\":\"HAL cache test\"");
				assertThat(Hal.getInstance().getHalRelationCache(HalProcessDefinition.class).get(definitionId))
					.isNotNull();
			}
		}
		finally {
			runtimeService.deleteProcessInstance(instance.getId(), "test over");
		}
	}

	private HttpResponse<String> tasklistPage(String user) {
		BrowserSession browser = new BrowserSession(port);
		assertThat(browser.logIntoTasklist(user, "demo").statusCode()).isEqualTo(200);
		String filterId = filterService.createFilterQuery().filterName("My organization's tasks").singleResult().getId();
		String csrfToken = browser.get("/camunda/app/tasklist/default/").headers().firstValue("X-XSRF-TOKEN").orElseThrow();
		return browser.send(HttpRequest
			.newBuilder(URI.create(browser.base() + "/camunda/api/engine/engine/default/filter/" + filterId
					+ "/list?firstResult=0&maxResults=1000"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/hal+json")
			.header("X-XSRF-TOKEN", csrfToken)
			// the body Tasklist posts for its list
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],\
					"sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true}"""))
			.build());
	}

}
