package ca.gc.ircc.governance.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's SQL on H2 (the default run's database): the migration, the idempotent write and the
 * claim by conditional update. PostgreSQL runs the same code in the integration tests.
 */
class OutboxStoreOnH2Test {

	static OutboxStore store;

	static final Instant NOW = Instant.parse("2030-01-08T10:00:00Z");

	@BeforeAll
	static void migrate() {
		var dataSource = new DriverManagerDataSource("jdbc:h2:mem:outbox;DB_CLOSE_DELAY=-1", "sa", "");
		store = OutboxSchema.migrated(dataSource);
	}

	static OutboxStore.NewMessage message(String key, Instant scheduledFor) {
		return new OutboxStore.NewMessage(key, NotificationKind.TASK_AVAILABLE, "iir", List.of("iir@example.org"),
				"ASIA", "ASIA-2030-R1", "task-1", "Subject", "<p>Body</p>", NOW, scheduledFor);
	}

	@Test
	void shouldWriteAKeyOnce() {
		assertThat(store.insertIfAbsent(message("h2-once", NOW))).isTrue();
		assertThat(store.insertIfAbsent(message("h2-once", NOW))).isFalse();
		assertThat(store.findByKey("h2-once")).get().extracting(OutboxMessage::status).isEqualTo(OutboxStatus.PENDING);
	}

	@Test
	void shouldClaimADueMessageForOneDispatcherOnly() {
		store.insertIfAbsent(message("h2-claim", NOW.minusSeconds(1)));
		store.insertIfAbsent(message("h2-later", NOW.plusSeconds(3600)));

		List<OutboxMessage> first = store.claimDue("node-a", NOW, NOW.plus(Duration.ofMinutes(5)), 1000);
		List<OutboxMessage> second = store.claimDue("node-b", NOW, NOW.plus(Duration.ofMinutes(5)), 1000);

		assertThat(first).extracting(OutboxMessage::idempotencyKey).contains("h2-claim").doesNotContain("h2-later");
		assertThat(second).extracting(OutboxMessage::idempotencyKey).doesNotContain("h2-claim");
		long id = first.stream().filter(m -> m.idempotencyKey().equals("h2-claim")).findFirst().orElseThrow().id();
		assertThat(store.markSent(id, "node-b", NOW)).isFalse();
		assertThat(store.markSent(id, "node-a", NOW)).isTrue();
		assertThat(store.find(id)).get().extracting(OutboxMessage::status).isEqualTo(OutboxStatus.SENT);
	}

	@Test
	void shouldRetakeTheClaimOfADeadNodeOnceItsLeaseEnds() {
		store.insertIfAbsent(message("h2-dead-node", NOW.minusSeconds(1)));
		store.claimDue("dead-node", NOW, NOW.plusSeconds(60), 1000);

		assertThat(store.claimDue("node-b", NOW.plusSeconds(30), NOW.plusSeconds(90), 1000))
			.extracting(OutboxMessage::idempotencyKey).doesNotContain("h2-dead-node");
		assertThat(store.claimDue("node-b", NOW.plusSeconds(61), NOW.plusSeconds(120), 1000))
			.extracting(OutboxMessage::idempotencyKey).contains("h2-dead-node");
	}

	@Test
	void shouldKeepTheErrorAndGiveUpAfterTheLastTry() {
		store.insertIfAbsent(message("h2-failing", NOW.minusSeconds(1)));
		OutboxMessage claimed = claim("h2-failing", NOW);
		store.markFailedAttempt(claimed, "node-a", "connection refused", NOW.plusSeconds(30), false);

		OutboxMessage afterOne = store.findByKey("h2-failing").orElseThrow();
		assertThat(afterOne.status()).isEqualTo(OutboxStatus.PENDING);
		assertThat(afterOne.attempts()).isEqualTo(1);
		assertThat(afterOne.lastError()).isEqualTo("connection refused");
		assertThat(afterOne.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
		assertThat(store.claimDue("node-a", NOW.plusSeconds(10), NOW.plusSeconds(100), 1000))
			.extracting(OutboxMessage::idempotencyKey).doesNotContain("h2-failing");

		store.markFailedAttempt(claim("h2-failing", NOW.plusSeconds(31)), "node-a", "still refused", NOW.plusSeconds(90),
				true);
		OutboxMessage failed = store.findByKey("h2-failing").orElseThrow();
		assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(2);

		assertThat(store.retry(failed.id(), NOW.plusSeconds(200))).isTrue();
		OutboxMessage claimedAgain = claim("h2-failing", NOW.plusSeconds(200));
		assertThat(store.retry(failed.id(), NOW.plusSeconds(210))).as("not while a dispatcher holds it").isFalse();
		store.release(claimedAgain.id(), "node-a");
		assertThat(claim("h2-failing", NOW.plusSeconds(200)).attempts()).isZero();
	}

	@Test
	void shouldForgetSentMessagesAfterTheirKeepingTime() {
		store.insertIfAbsent(message("h2-old-sent", NOW.minusSeconds(1)));
		store.insertIfAbsent(message("h2-old-pending", NOW.minusSeconds(1)));
		store.markSent(claim("h2-old-sent", NOW).id(), "node-a", NOW);

		store.deleteSentBefore(NOW.plusSeconds(1));

		assertThat(store.findByKey("h2-old-sent")).isEmpty();
		assertThat(store.findByKey("h2-old-pending")).isPresent();
	}

	private static OutboxMessage claim(String key, Instant now) {
		return store.claimDue("node-a", now, now.plusSeconds(60), 1000)
			.stream()
			.filter(m -> m.idempotencyKey().equals(key))
			.findFirst()
			.orElseThrow();
	}

}
