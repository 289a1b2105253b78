package ca.gc.ircc.governance.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ca.gc.ircc.governance.KeptValue;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The e-mail addresses of an organization's members (the users of its group), read from Camunda's
 * identity service and kept for {@link NotificationProperties#membersRereadAfter()}: every mail is
 * addressed to its organization's members, and a user query per mail was a fifth of a reminder
 * chase's CPU. A member added or removed in Admin gets, or stops getting, mails within that time.
 * Every member, not only those the user whose action caused the mail may see: the engine's
 * authorization checks are lifted for the query.
 */
@Component
class MemberAddresses {

	private final IdentityService identityService;

	private final Clock clock;

	private final NotificationProperties properties;

	private final Map<String, KeptValue<List<String>>> byGroup = new ConcurrentHashMap<>();

	MemberAddresses(IdentityService identityService, Clock clock, NotificationProperties properties) {
		this.identityService = identityService;
		this.clock = clock;
		this.properties = properties;
	}

	List<String> of(String group) {
		return byGroup.computeIfAbsent(group,
				g -> new KeptValue<>(() -> query(g), clock, properties::membersRereadAfter))
			.get();
	}

	private List<String> query(String group) {
		Authentication caller = identityService.getCurrentAuthentication();
		identityService.clearAuthentication();
		try {
			return identityService.createUserQuery()
				.memberOfGroup(group)
				.list()
				.stream()
				.map(User::getEmail)
				.filter(email -> email != null && !email.isBlank())
				.toList();
		}
		finally {
			if (caller != null) {
				identityService.setAuthentication(caller);
			}
		}
	}

}
