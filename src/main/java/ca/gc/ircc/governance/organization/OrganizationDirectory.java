package ca.gc.ircc.governance.organization;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

	private final OrganizationRepository repository;

	private final Clock clock;

	private final OrganizationProperties properties;

	private volatile Snapshot snapshot;

	OrganizationDirectory(OrganizationRepository repository, Clock clock, OrganizationProperties properties) {
		this.repository = repository;
		this.clock = clock;
		this.properties = properties;
	}

	public Optional<Organization> find(String code) {
		return Optional.ofNullable(code == null ? null : current().byCode().get(code));
	}

	public boolean exists(String code) {
		return find(code).isPresent();
	}

	/** Those of the codes that name an organization, in the order given. */
	public Map<String, Organization> named(Collection<String> codes) {
		Map<String, Organization> byCode = current().byCode();
		Map<String, Organization> named = new LinkedHashMap<>();
		for (String code : codes) {
			Organization organization = byCode.get(code);
			if (organization != null) {
				named.put(code, organization);
			}
		}
		return named;
	}

	private Snapshot current() {
		Snapshot current = snapshot;
		Instant now = clock.instant();
		if (current == null || !now.isBefore(current.readAt().plus(properties.rereadAfter()))) {
			current = new Snapshot(repository.findAll()
				.stream()
				.collect(Collectors.toUnmodifiableMap(Organization::getCode, Function.identity())), now);
			snapshot = current;
		}
		return current;
	}

	private record Snapshot(Map<String, Organization> byCode, Instant readAt) {
	}

}
