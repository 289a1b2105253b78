package ca.gc.ircc.governance.identity;

import java.util.List;

import ca.gc.ircc.governance.support.IntegrationTest;
import javax.sql.DataSource;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AuthorizationChecksTest {

	@Autowired
	ProcessEngineConfiguration configuration;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	AuthorizationService authorizations;

	@Autowired
	ProcessEngine engine;

	@Autowired
	AuthorizationChecks checks;

	@Autowired
	DataSource dataSource;

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
		assertThat(manager).isInstanceOf(AuthorizationChecks.Manager.class);
	}

	@Test
	void shouldShowATaskExactlyToTheGroupsAuthorizedForIt() {
		assertThat(visibleTo("rab")).containsExactly(rabTask.getId());
		assertThat(visibleTo("rab", "a-group-without-any-authorization")).containsExactly(rabTask.getId());
		assertThat(visibleTo("a-group-without-any-authorization")).isEmpty();
		assertThat(visibleTo("gac")).isEmpty();
	}

	@Test
	void shouldNotAskForRevokeAuthorizations() {
		assertThat(configuration.getAuthorizationCheckRevokes())
			.isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
	}

	@Test
	void shouldRefuseToSaveARevokeAuthorization() {
		Authorization revoke = readRabTask(Authorization.AUTH_TYPE_REVOKE, "rab");

		assertThatThrownBy(() -> authorizations.saveAuthorization(revoke)).isInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("Revoke authorizations are not used");
		assertThat(authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count())
			.isZero();
		assertThat(visibleTo("rab")).containsExactly(rabTask.getId());
	}

	@Test
	void shouldStillSaveGrants() {
		Authorization grant = readRabTask(Authorization.AUTH_TYPE_GRANT, "gac");
		authorizations.saveAuthorization(grant);

		assertThat(visibleTo("gac")).containsExactly(rabTask.getId());
	}

	@Test
	void shouldRefuseToStartTheEngineWhileARevokeAuthorizationExists() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_) "
				+ "values ('revoke-written-by-sql', 1, 2, 'rab', 7, ?, 2)", rabTask.getId());
		try {
			assertThatThrownBy(() -> checks.postProcessEngineBuild(engine)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("1 revoke authorization(s)");
		}
		finally {
			jdbc.update("delete from ACT_RU_AUTHORIZATION where ID_ = 'revoke-written-by-sql'");
		}
		checks.postProcessEngineBuild(engine);
	}

	private Authorization readRabTask(int type, String group) {
		Authorization authorization = authorizations.createNewAuthorization(type);
		authorization.setGroupId(group);
		authorization.setResource(Resources.TASK);
		authorization.setResourceId(rabTask.getId());
		authorization.addPermission(Permissions.READ);
		return authorization;
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
