package ca.gc.ircc.governance.notification;

import java.time.Instant;
import java.util.List;

/** One row of the outbox, as the dispatcher sends it and administrators see it. */
public record OutboxMessage(long id, String idempotencyKey, NotificationKind kind, String recipient,
		List<String> addresses, String strategyCode, String businessKey, String taskId, String subject,
		String bodyHtml, OutboxStatus status, Instant createdAt, Instant scheduledFor, Instant nextAttemptAt,
		int attempts, String lastError, String claimedBy, Instant sentAt) {

}
