package ca.gc.ircc.governance.organization;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import ca.gc.ircc.governance.KeptValue;
import org.springframework.stereotype.Component;

/**
 * The organizations (reference data, a few hundred rows that the database's migrations write), read
 * whole and kept for {@link OrganizationProperties#rereadAfter()}. Every task-available mail, reminder
 * and escalation looks its organizations up (is the candidate group an organization, its e-mail and
 * time zone, the names its mail shows): a query each time was 7 % of a reminder sweep's CPU.
 * The organizations handed out are shared by every thread and transaction until the next read:
 * read them, never change them.
 */
@Component
public class OrganizationDirectory {

	private final KeptValue<Map<String, Organization>> organizations;

	OrganizationDirectory(OrganizationRepository repository, Clock clock, OrganizationProperties properties) {
		this.organizations = new KeptValue<>(() -> repository.findAll()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Organization::getCode, Function.identity())), clock,
				properties::rereadAfter);
	}

	public Optional<Organization> find(String code) {
		return Optional.ofNullable(code == null ? null : organizations.get().get(code));
	}

	public boolean exists(String code) {
		return find(code).isPresent();
	}

	/** Those of the codes that name an organization, in the order given. */
	public Map<String, Organization> named(Collection<String> codes) {
		Map<String, Organization> byCode = organizations.get();
		Map<String, Organization> named = new LinkedHashMap<>();
		for (String code : codes) {
			Organization organization = byCode.get(code);
			if (organization != null) {
				named.put(code, organization);
			}
		}
		return named;
	}

}
