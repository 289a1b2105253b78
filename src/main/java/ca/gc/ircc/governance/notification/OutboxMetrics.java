package ca.gc.ircc.governance.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The outbox in numbers, read from the database when the metrics are read (so every node reports
 * the same): {@code governance.notifications.outbox} per status, and
 * {@code governance.notifications.outbox.oldest.pending.age} in seconds (how long the longest
 * waiting due message has been due; 0 when none waits).
 */
@Component
class OutboxMetrics implements MeterBinder {

	static final String MESSAGES = "governance.notifications.outbox";

	static final String OLDEST_PENDING_AGE = "governance.notifications.outbox.oldest.pending.age";

	private final OutboxStore outbox;

	private final Clock clock;

	OutboxMetrics(OutboxStore outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (OutboxStatus status : OutboxStatus.values()) {
			Gauge.builder(MESSAGES, outbox, store -> store.countByStatus().get(status))
				.tag("status", status.name())
				.description("Messages in the notification outbox, by status")
				.register(registry);
		}
		Gauge.builder(OLDEST_PENDING_AGE, this, OutboxMetrics::oldestPendingAgeSeconds)
			.baseUnit("seconds")
			.description("How long the longest-waiting due message has been waiting")
			.register(registry);
	}

	double oldestPendingAgeSeconds() {
		Instant now = clock.instant();
		return outbox.oldestDuePending(now).map(since -> Duration.between(since, now).toMillis() / 1000.0).orElse(0.0);
	}

	OutboxSummary summary() {
		var counts = outbox.countByStatus();
		return new OutboxSummary(counts.get(OutboxStatus.PENDING), counts.get(OutboxStatus.SENT),
				counts.get(OutboxStatus.FAILED), oldestPendingAgeSeconds());
	}

	record OutboxSummary(long pending, long sent, long failed, double oldestPendingAgeSeconds) {
	}

}
