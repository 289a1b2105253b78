package ca.gc.ircc.governance.identity;

import ca.gc.ircc.governance.organization.OrganizationRepository;
import ca.gc.ircc.governance.support.IntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class IdentitySetupTest {

	@Autowired
	IdentityService identityService;

	@Autowired
	AuthorizationService authorizationService;

	@Autowired
	FilterService filterService;

	@Autowired
	OrganizationRepository organizations;

	@Autowired
	IdentityInitializer initializer;

	@Test
	void shouldMirrorEveryOrganizationAsAGroup() {
		organizations.findAll().forEach(org -> {
			var group = identityService.createGroupQuery().groupId(org.getCode()).singleResult();
			assertThat(group).as(org.getCode()).isNotNull();
			assertThat(group.getName()).isEqualTo(org.getNameEn());
			assertThat(group.getType()).isEqualTo(org.getKind().name());
		});
	}

	@Test
	void shouldCreateOneDemoUserPerGroupWithTheContractsEmail() {
		User delhi = identityService.createUserQuery().userId("demo-mission-delhi").singleResult();
		assertThat(delhi.getEmail()).isEqualTo("demo-mission-delhi@example.org");
		assertThat(identityService.checkPassword("demo-mission-delhi", "demo")).isTrue();
		assertThat(identityService.createUserQuery().memberOfGroup("mission-delhi").list())
			.extracting(User::getId).containsExactly("demo-mission-delhi");
		assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list())
			.extracting(User::getId).contains("demo-admin");
		assertThat(identityService.createUserQuery().userIdIn(organizations.findAll().stream()
			.map(o -> DemoUsers.userIdFor(o.getCode())).toArray(String[]::new)).count())
			.isEqualTo(organizations.count());
	}

	@Test
	void shouldLetOnlyIirStartTheStrategyProcesses() {
		var grant = authorizationService.createAuthorizationQuery()
			.groupIdIn(Groups.IIR)
			.resourceType(Resources.PROCESS_DEFINITION)
			.resourceId("strategy-review")
			.singleResult();
		assertThat(grant.isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE)).isTrue();
		var missionGrant = authorizationService.createAuthorizationQuery()
			.groupIdIn("mission-delhi")
			.resourceType(Resources.PROCESS_DEFINITION)
			.resourceId("strategy-review")
			.singleResult();
		assertThat(missionGrant.isPermissionGranted(Permissions.READ)).isTrue();
		assertThat(missionGrant.isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE)).isFalse();
		assertThat(missionGrant.isPermissionGranted(ProcessDefinitionPermissions.READ_INSTANCE)).isFalse();
		assertThat(missionGrant.isPermissionGranted(ProcessDefinitionPermissions.READ_HISTORY)).isFalse();
	}

	@Test
	void shouldCreateTheSharedTasklistFilters() {
		assertThat(filterService.createFilterQuery().list()).extracting("name")
			.contains("My tasks", "My organization's tasks", "Due soon or overdue");
	}

	@Test
	void shouldChangeNothingWhenRunAgain() throws Exception {
		long groups = identityService.createGroupQuery().count();
		long users = identityService.createUserQuery().count();
		long grants = authorizationService.createAuthorizationQuery().count();
		long filters = filterService.createFilterQuery().count();

		initializer.run(new DefaultApplicationArguments());

		assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
		assertThat(identityService.createUserQuery().count()).isEqualTo(users);
		assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(grants);
		assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
	}

}
