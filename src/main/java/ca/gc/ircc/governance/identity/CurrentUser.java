package ca.gc.ircc.governance.identity;

import java.util.Set;

/** The authenticated caller of the application's API: a Camunda user and the groups it belongs to. */
public record CurrentUser(String userId, Set<String> groupIds) {

	public CurrentUser {
		groupIds = Set.copyOf(groupIds);
	}

	public boolean isMemberOf(String groupId) {
		return groupIds.contains(groupId);
	}

	public boolean isAdmin() {
		return isMemberOf(Groups.CAMUNDA_ADMIN);
	}

}
