package ca.gc.ircc.governance.identity;

import java.util.List;

import ca.gc.ircc.governance.support.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class UnfilteredAuthorizationGroupsTest {

	@Autowired
	ProcessEngineConfiguration configuration;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	Task rabTask;

	@BeforeEach
	void aTaskForRab() {
		rabTask = tasks.newTask();
		rabTask.setName("Unfiltered groups check");
		tasks.saveTask(rabTask);
		tasks.addCandidateGroup(rabTask.getId(), "rab");
	}

	@AfterEach
	void removeIt() {
		identity.clearAuthentication();
		tasks.deleteTask(rabTask.getId(), true);
	}

	@Test
	void shouldBeTheAuthorizationManagerOfEveryCommand() {
		Object manager = ((ProcessEngineConfigurationImpl) configuration).getCommandExecutorTxRequired()
			.execute(CommandContext::getAuthorizationManager);
		assertThat(manager).isInstanceOf(UnfilteredAuthorizationGroups.Manager.class);
	}

	@Test
	void shouldShowATaskExactlyToTheGroupsAuthorizedForIt() {
		assertThat(visibleTo("rab")).containsExactly(rabTask.getId());
		assertThat(visibleTo("rab", "a-group-without-any-authorization")).containsExactly(rabTask.getId());
		assertThat(visibleTo("a-group-without-any-authorization")).isEmpty();
		assertThat(visibleTo("gac")).isEmpty();
	}

	private List<String> visibleTo(String... groups) {
		identity.setAuthentication("unfiltered-groups-check", List.of(groups));
		try {
			return tasks.createTaskQuery().taskName("Unfiltered groups check").listPage(0, 10).stream().map(Task::getId).toList();
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
