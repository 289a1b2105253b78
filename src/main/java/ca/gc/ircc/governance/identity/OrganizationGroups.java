package ca.gc.ircc.governance.identity;

import java.util.List;
import java.util.Objects;

import ca.gc.ircc.governance.organization.Organization;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Mirrors every organization as a Camunda group with the same id; a second run changes nothing. */
@Component
class OrganizationGroups {

	private static final Logger log = LoggerFactory.getLogger(OrganizationGroups.class);

	private final IdentityService identityService;

	OrganizationGroups(IdentityService identityService) {
		this.identityService = identityService;
	}

	/** @return how many groups were created or changed */
	int synchronize(List<Organization> organizations) {
		int changed = 0;
		for (Organization organization : organizations) {
			changed += ensureGroup(organization.getCode(), organization.getNameEn(), organization.getKind().name());
		}
		changed += ensureGroup(Groups.CAMUNDA_ADMIN, "Camunda administrators", "SYSTEM");
		if (changed > 0) {
			log.info("Synchronized {} Camunda groups with the organizations", changed);
		}
		return changed;
	}

	private int ensureGroup(String id, String name, String type) {
		Group group = identityService.createGroupQuery().groupId(id).singleResult();
		if (group == null) {
			group = identityService.newGroup(id);
		}
		else if (Objects.equals(group.getName(), name) && Objects.equals(group.getType(), type)) {
			return 0;
		}
		group.setName(name);
		group.setType(type);
		identityService.saveGroup(group);
		return 1;
	}

}
