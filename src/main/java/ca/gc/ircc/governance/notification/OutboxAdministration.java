package ca.gc.ircc.governance.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import ca.gc.ircc.governance.ConflictException;
import ca.gc.ircc.governance.ForbiddenException;
import ca.gc.ircc.governance.InvalidInputException;
import ca.gc.ircc.governance.NotFoundException;
import ca.gc.ircc.governance.identity.CurrentUser;
import org.springframework.stereotype.Service;

/** What administrators do with the outbox: look at it, and retry what failed. Nobody else may. */
@Service
class OutboxAdministration {

	static final int LIST_LIMIT = 500;

	private final OutboxStore outbox;

	private final OutboxMetrics metrics;

	private final Clock clock;

	OutboxAdministration(OutboxStore outbox, OutboxMetrics metrics, Clock clock) {
		this.outbox = outbox;
		this.metrics = metrics;
		this.clock = clock;
	}

	List<OutboxMessage> list(CurrentUser user, String status) {
		requireAdmin(user);
		return outbox.list(parseStatus(status), LIST_LIMIT);
	}

	OutboxMetrics.OutboxSummary summary(CurrentUser user) {
		requireAdmin(user);
		return metrics.summary();
	}

	OutboxMessage retry(CurrentUser user, long id) {
		requireAdmin(user);
		OutboxMessage message = outbox.find(id).orElseThrow(() -> new NotFoundException("No outbox message " + id));
		if (message.status() == OutboxStatus.SENT) {
			throw new ConflictException("Message " + id + " was already sent");
		}
		if (!outbox.retry(id, clock.instant())) {
			throw new ConflictException("Message " + id + " is being sent right now; look again in a moment");
		}
		return outbox.find(id).orElseThrow();
	}

	static OutboxStatus parseStatus(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return OutboxStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("status", "status must be one of PENDING, SENT, FAILED");
		}
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.isAdmin()) {
			throw new ForbiddenException("Only administrators (camunda-admin) may see the outbox.");
		}
	}

}
