package ca.gc.ircc.governance.identity;

import java.util.List;

import ca.gc.ircc.governance.GovernanceProperties;
import ca.gc.ircc.governance.organization.Organization;
import ca.gc.ircc.governance.organization.OrganizationRepository;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up: organizations become groups, groups get their rights, Tasklist gets its filters. */
@Component
@Order(0)
class IdentityInitializer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IdentityInitializer.class);

	private final OrganizationRepository organizations;

	private final OrganizationGroups groups;

	private final GroupAuthorizations authorizations;

	private final DemoUsers demoUsers;

	private final TasklistFilters filters;

	private final IdentityService identityService;

	private final GovernanceProperties properties;

	IdentityInitializer(OrganizationRepository organizations, OrganizationGroups groups,
			GroupAuthorizations authorizations, DemoUsers demoUsers, TasklistFilters filters,
			IdentityService identityService, GovernanceProperties properties) {
		this.organizations = organizations;
		this.groups = groups;
		this.authorizations = authorizations;
		this.demoUsers = demoUsers;
		this.filters = filters;
		this.identityService = identityService;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Organization> all = organizations.findAllByOrderByCode();
		groups.synchronize(all);
		authorizations.grant(all);
		filters.ensure();
		if (properties.demoData().enabled()) {
			demoUsers.ensure(all);
		}
		if (identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
			log.warn("No administrator exists yet. Start once with --camunda.bpm.admin-user.id=<id> "
					+ "--camunda.bpm.admin-user.password=<password> to create one, then log into "
					+ "/camunda/app/admin/ to create users and add them to their organization's group.");
		}
	}

}
