package ca.gc.ircc.governance.identity;

import java.util.List;

import ca.gc.ircc.governance.organization.Organization;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Grants each group exactly what its members need, idempotently. Task rights are not granted here:
 * the engine gives a candidate group READ and UPDATE on each task routed to it, so a member sees and
 * completes its own organization's tasks and nothing else.
 */
@Component
class GroupAuthorizations {

	/** Process definition keys of the contract that IIR starts. */
	static final List<String> STRATEGY_PROCESSES = List.of("strategy-review", "action-plan-collection");

	private final AuthorizationService authorizations;

	GroupAuthorizations(AuthorizationService authorizations) {
		this.authorizations = authorizations;
	}

	void grant(List<Organization> organizations) {
		for (Organization organization : organizations) {
			String group = organization.getCode();
			grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			// the shared task filters the application creates; nobody but admins creates filters
			grant(group, Resources.FILTER, Authorization.ANY, Permissions.READ);
			// the published process models, so Tasklist shows a task's process name and diagram; READ on a
			// definition reveals no instance data, and starting stays IIR's
			for (String process : STRATEGY_PROCESSES) {
				grant(group, Resources.PROCESS_DEFINITION, process, Permissions.READ);
			}
		}
		for (String process : STRATEGY_PROCESSES) {
			grant(Groups.IIR, Resources.PROCESS_DEFINITION, process, Permissions.READ,
					ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
					ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
		}
		grant(Groups.IIR, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
		// IIR closes a running action plan (message strategySuperseded) when it starts the next one or retires a strategy
		grant(Groups.IIR, Resources.PROCESS_DEFINITION, "action-plan-collection", ProcessDefinitionPermissions.UPDATE_INSTANCE);
		grant(Groups.IIR, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		for (Resources resource : Resources.values()) {
			grant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
		}
	}

	private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization authorization = authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		boolean isNew = authorization == null;
		if (isNew) {
			authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			authorization.setGroupId(groupId);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
		}
		boolean missing = false;
		for (Permission permission : permissions) {
			if (!authorization.isPermissionGranted(permission)) {
				authorization.addPermission(permission);
				missing = true;
			}
		}
		if (isNew || missing) {
			authorizations.saveAuthorization(authorization);
		}
	}

}
