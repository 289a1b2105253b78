package ca.gc.ircc.governance.identity;

import java.util.List;

import ca.gc.ircc.governance.organization.Organization;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo data set: one user per organization ({@code demo-<group>} / {@code demo}) and an
 * administrator {@code demo-admin}. Loaded only when {@code governance.demo-data.enabled} is true.
 */
@Component
class DemoUsers {

	static final String PASSWORD = "demo";

	static final String ADMIN = "demo-admin";

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	private final IdentityService identityService;

	DemoUsers(IdentityService identityService) {
		this.identityService = identityService;
	}

	static String userIdFor(String groupId) {
		return "demo-" + groupId;
	}

	void ensure(List<Organization> organizations) {
		int created = 0;
		for (Organization organization : organizations) {
			created += ensureUser(userIdFor(organization.getCode()), "Demo", organization.getNameEn(),
					organization.getCode());
		}
		created += ensureUser(ADMIN, "Demo", "Administrator", Groups.CAMUNDA_ADMIN);
		if (created > 0) {
			log.warn("Created {} demo users with the password '{}': never enable demo data in production", created,
					PASSWORD);
		}
	}

	private int ensureUser(String userId, String firstName, String lastName, String groupId) {
		int created = 0;
		if (identityService.createUserQuery().userId(userId).singleResult() == null) {
			User user = identityService.newUser(userId);
			user.setFirstName(firstName);
			user.setLastName(lastName);
			user.setEmail(userId + "@example.org");
			user.setPassword(PASSWORD);
			identityService.saveUser(user);
			created = 1;
		}
		if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
			identityService.createMembership(userId, groupId);
		}
		return created;
	}

}
