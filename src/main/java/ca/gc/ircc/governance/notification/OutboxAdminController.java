package ca.gc.ircc.governance.notification;

import java.time.Instant;
import java.util.List;

import ca.gc.ircc.governance.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The outbox over JSON, for administrators. */
@RestController
@RequestMapping("/api/admin/outbox")
class OutboxAdminController {

	private final OutboxAdministration administration;

	OutboxAdminController(OutboxAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	List<MessageView> list(CurrentUser user, @RequestParam(required = false) String status) {
		return administration.list(user, status).stream().map(MessageView::of).toList();
	}

	@GetMapping("/summary")
	OutboxMetrics.OutboxSummary summary(CurrentUser user) {
		return administration.summary(user);
	}

	@PostMapping("/{id}/retry")
	MessageView retry(CurrentUser user, @PathVariable long id) {
		return MessageView.of(administration.retry(user, id));
	}

	/** A message without its body (the page shows the body; the list stays small). */
	record MessageView(long id, String idempotencyKey, NotificationKind kind, String recipient, List<String> addresses,
			String strategyCode, String businessKey, String taskId, String subject, OutboxStatus status,
			Instant createdAt, Instant scheduledFor, Instant nextAttemptAt, int attempts, String lastError,
			String claimedBy, Instant sentAt) {

		static MessageView of(OutboxMessage m) {
			return new MessageView(m.id(), m.idempotencyKey(), m.kind(), m.recipient(), m.addresses(), m.strategyCode(),
					m.businessKey(), m.taskId(), m.subject(), m.status(), m.createdAt(), m.scheduledFor(),
					m.nextAttemptAt(), m.attempts(), m.lastError(), m.claimedBy(), m.sentAt());
		}

	}

}
