package ca.gc.ircc.governance.notification;

import java.util.LinkedHashSet;
import java.util.Set;

import ca.gc.ircc.governance.organization.Organization;
import ca.gc.ircc.governance.organization.OrganizationRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends each notification straight through Spring Mail once the deciding transaction commits. An
 * interim implementation: it neither retries nor deduplicates, which the outbox will.
 */
@Component
class DirectMailNotifications implements Notifications {

	private static final Logger log = LoggerFactory.getLogger(DirectMailNotifications.class);

	private final JavaMailSender mailSender;

	private final OrganizationRepository organizations;

	private final IdentityService identityService;

	DirectMailNotifications(JavaMailSender mailSender, OrganizationRepository organizations,
			IdentityService identityService) {
		this.mailSender = mailSender;
		this.organizations = organizations;
		this.identityService = identityService;
	}

	@Override
	public void send(Notification notification) {
		SimpleMailMessage message = compose(notification);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deliver(message, notification);
				}
			});
		}
		else {
			deliver(message, notification);
		}
	}

	private SimpleMailMessage compose(Notification notification) {
		Organization recipient = organizations.findById(notification.recipient())
			.orElseThrow(() -> new IllegalArgumentException("No organization " + notification.recipient()));
		Set<String> addresses = new LinkedHashSet<>();
		addresses.add(recipient.getEmail());
		identityService.createUserQuery()
			.memberOfGroup(recipient.getCode())
			.list()
			.stream()
			.map(User::getEmail)
			.filter(email -> email != null && !email.isBlank())
			.forEach(addresses::add);
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom("strategy-governance@example.org");
		message.setTo(addresses.toArray(String[]::new));
		message.setSubject("[" + notification.kind() + "] " + nullToEmpty(notification.strategyCode()) + " "
				+ nullToEmpty(notification.businessKey()));
		message.setText(notification.kind() + " / " + nullToEmpty(notification.taskName()) + "\n"
				+ notification.details());
		return message;
	}

	private void deliver(SimpleMailMessage message, Notification notification) {
		try {
			mailSender.send(mime -> {
				message.copyTo(new org.springframework.mail.javamail.MimeMailMessage(mime));
				mime.setHeader(MailHeaders.KIND, notification.kind().name());
				mime.setHeader(MailHeaders.KEY, notification.idempotencyKey());
			});
		}
		catch (MailException ex) {
			log.error("Could not send {} to {}", notification.idempotencyKey(), notification.recipient(), ex);
		}
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}
