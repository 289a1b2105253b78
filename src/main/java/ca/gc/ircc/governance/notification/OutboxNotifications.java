package ca.gc.ircc.governance.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ca.gc.ircc.governance.GovernanceProperties;
import ca.gc.ircc.governance.organization.Organization;
import ca.gc.ircc.governance.organization.OrganizationDirectory;
import org.springframework.stereotype.Component;

/**
 * Writes each notification to the outbox in the caller's transaction, rendered and addressed, at
 * the moment it may be sent; the {@link OutboxDispatcher} sends it once that transaction commits.
 * A notification whose idempotency key is already in the outbox is not written again.
 */
@Component
class OutboxNotifications implements Notifications {

	private final OutboxStore outbox;

	private final MailRenderer renderer;

	private final OrganizationDirectory organizations;

	private final MemberAddresses members;

	private final GovernanceProperties properties;

	private final Clock clock;

	OutboxNotifications(OutboxStore outbox, MailRenderer renderer, OrganizationDirectory organizations,
			MemberAddresses members, GovernanceProperties properties, Clock clock) {
		this.outbox = outbox;
		this.renderer = renderer;
		this.organizations = organizations;
		this.members = members;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void send(Notification notification) {
		if (outbox.exists(notification.idempotencyKey())) {
			return;
		}
		Organization recipient = organizations.find(notification.recipient())
			.orElseThrow(() -> new IllegalArgumentException("No organization " + notification.recipient()));
		Instant now = clock.instant();
		MailRenderer.Rendered mail = renderer.render(notification, recipient);
		outbox.insertIfAbsent(new OutboxStore.NewMessage(notification.idempotencyKey(), notification.kind(),
				recipient.getCode(), addressesOf(recipient), notification.strategyCode(), notification.businessKey(),
				notification.taskId(), mail.subject(), mail.bodyHtml(), now, sendAt(notification, recipient, now)));
	}

	/** The requested moment (or now), held until working hours for a reminder to a mission. */
	Instant sendAt(Notification notification, Organization recipient, Instant now) {
		Instant requested = notification.scheduledFor() == null || notification.scheduledFor().isBefore(now) ? now
				: notification.scheduledFor();
		if (notification.kind().isReminder() && recipient.isMission() && properties.reminders().respectWorkingHours()) {
			return WorkingHours.nextWorkingMoment(requested, recipient.getTimeZone());
		}
		return requested;
	}

	/** The organization's mailbox and the e-mail address of each of its members. */
	private List<String> addressesOf(Organization recipient) {
		Set<String> addresses = new LinkedHashSet<>();
		addresses.add(recipient.getEmail());
		addresses.addAll(members.of(recipient.getCode()));
		return List.copyOf(addresses);
	}

}
