package ca.gc.ircc.governance.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import ca.gc.ircc.governance.support.MutableClock;
import ca.gc.ircc.governance.GovernanceApplication;
import ca.gc.ircc.governance.support.SharedPostgres;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes (two application contexts, each with its dispatcher) on one PostgreSQL database, with an
 * SMTP server of their own that a test can stop and start, and one clock that a test can move. The
 * organizations here have no members (no demo data), so each mail has exactly one recipient: its
 * organization's mailbox.
 */
@Tag("own-jvm")
class OutboxOnTwoNodesTest {

	static final MutableClock clock = new MutableClock();

	static final List<String> BRANCHES = List.of("iir", "rab", "in", "irm", "ib");

	static int smtpPort;

	static GreenMail smtp;

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startTwoNodes() {
		smtpPort = freePort();
		smtp = startSmtp();
		String url = SharedPostgres.newDatabase("outbox_two_nodes");
		nodeA = start(url);
		nodeB = start(url);
	}

	@AfterAll
	static void stopTwoNodes() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
		if (smtp != null) {
			smtp.stop();
		}
	}

	@AfterEach
	void backToTheRealTime() {
		clock.reset();
	}

	@Test
	void shouldHoldAReminderWrittenAtThreeInTheMorningUntilNineLocalTime() {
		ZoneId delhi = ZoneId.of("Asia/Kolkata");
		// a Tuesday, years ahead: no other clock in this run reaches it
		clock.set(LocalDateTime.parse("2030-01-08T03:00").atZone(delhi).toInstant());
		String key = unique("mission-reminder");
		inTransaction(nodeA, () -> nodeA.getBean(Notifications.class)
			.send(new Notification(NotificationKind.ACTION_PLAN_REMINDER, key, "mission-delhi", "ASIA", "ASIA-2030-R1-AP",
					null, "Submit the action-plan update", Instant.parse("2030-01-15T11:30:00Z"), null, Map.of())));

		OutboxMessage written = store(nodeA).findByKey(key).orElseThrow();
		assertThat(written.scheduledFor().atZone(delhi).toLocalDateTime())
			.isEqualTo(LocalDateTime.parse("2030-01-08T09:00"));

		clock.set(LocalDateTime.parse("2030-01-08T08:59:50").atZone(delhi).toInstant());
		dispatcher(nodeA).dispatchDue();
		dispatcher(nodeB).dispatchDue();
		assertThat(store(nodeA).findByKey(key).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);
		assertThat(mailsWithKey(key)).isEmpty();

		clock.set(LocalDateTime.parse("2030-01-08T09:00").atZone(delhi).toInstant());
		// the SMTP server has the mail a moment before the dispatcher records it as sent
		Mails.await(Duration.ofSeconds(20), () -> mailsWithKey(key).size() == 1
				&& store(nodeA).findByKey(key).orElseThrow().status() == OutboxStatus.SENT);

		assertThat(mailsWithKey(key)).hasSize(1);
		ZonedDateTime sentAt = store(nodeA).findByKey(key).orElseThrow().sentAt().atZone(delhi);
		assertThat(sentAt.toLocalDate()).isEqualTo(LocalDateTime.parse("2030-01-08T09:00").toLocalDate());
		assertThat(sentAt.getHour()).isEqualTo(9);
		assertThat(sentAt.getMinute()).isZero();
		System.out.println("Mission reminder written at 03:00 Asia/Kolkata was sent at " + sentAt);
	}

	@Test
	void shouldDeliverEveryMessageOnceWhenTheSmtpServerComesBackAfterAnOutage() {
		smtp.stop();
		List<String> keys = IntStream.range(0, 50).mapToObj(i -> unique("outage-" + i)).toList();
		inTransaction(nodeA, () -> keys.forEach(key -> nodeA.getBean(Notifications.class)
			.send(reminder(key, BRANCHES.get(Math.abs(key.hashCode()) % BRANCHES.size())))));

		Mails.await(Duration.ofSeconds(30), () -> keys.stream().allMatch(key -> store(nodeA).findByKey(key).orElseThrow().attempts() >= 2));
		List<OutboxMessage> whileDown = keys.stream().map(key -> store(nodeA).findByKey(key).orElseThrow()).toList();
		assertThat(whileDown).allMatch(m -> m.status() == OutboxStatus.PENDING && m.attempts() >= 2)
			.allMatch(m -> m.lastError() != null && m.lastError().contains("Connection refused"));

		smtp = startSmtp();
		Mails.await(Duration.ofSeconds(60), () -> keys.stream().allMatch(key -> sent(key)));
		Mails.await(Duration.ofSeconds(1), () -> false);

		Map<String, Integer> received = receivedByKey();
		assertThat(keys).allMatch(key -> received.getOrDefault(key, 0) == 1);
	}

	@Test
	void shouldSendTheMessagesOfANodeThatDiedHoldingThemOnceItsLeaseEnds() {
		List<String> keys = IntStream.range(0, 20).mapToObj(i -> unique("dead-node-" + i)).toList();
		// a third node claims the messages the moment they commit, then dies without sending them
		OutboxStore store = store(nodeA);
		List<String> claimedByTheDeadNode = new ArrayList<>();
		inTransaction(nodeA, () -> {
			keys.forEach(key -> nodeA.getBean(Notifications.class).send(reminder(key, "irm")));
			nodeA.getBean(JdbcTemplate.class)
				.update("UPDATE notification_outbox SET claimed_by = 'dead-node', claim_token = 'dead',"
						+ " claim_expires_at = ? WHERE idempotency_key IN (" + String.join(",",
								keys.stream().map(key -> "'" + key + "'").toList()) + ")",
						java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(3));
		});
		keys.forEach(key -> claimedByTheDeadNode.add(store.findByKey(key).orElseThrow().claimedBy()));
		assertThat(claimedByTheDeadNode).containsOnly("dead-node");

		Mails.await(Duration.ofSeconds(30), () -> keys.stream().allMatch(key -> sent(key)));
		Mails.await(Duration.ofSeconds(1), () -> false);

		Map<String, Integer> received = receivedByKey();
		assertThat(keys).allMatch(key -> received.getOrDefault(key, 0) == 1);
		assertThat(keys).allMatch(key -> !store.findByKey(key).orElseThrow().claimedBy().equals("dead-node"));
	}

	@Test
	void shouldDeliverTenThousandDueRemindersExactlyOnceAcrossTwoNodes() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> keys = IntStream.range(0, 10_000).mapToObj(i -> "load-" + run + "-" + i).toList();
		long started = System.nanoTime();
		for (int from = 0; from < keys.size(); from += 1000) {
			List<String> slice = keys.subList(from, from + 1000);
			ConfigurableApplicationContext node = (from / 1000) % 2 == 0 ? nodeA : nodeB;
			inTransaction(node, () -> slice.forEach(key -> node.getBean(Notifications.class)
				.send(reminder(key, BRANCHES.get(Integer.parseInt(key.substring(key.lastIndexOf('-') + 1)) % BRANCHES.size())))));
		}
		long written = System.nanoTime();

		JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
		Mails.await(Duration.ofMinutes(10), () -> jdbc.queryForObject(
				"SELECT COUNT(*) FROM notification_outbox WHERE idempotency_key LIKE ? AND status = 'SENT'", Long.class,
				"load-" + run + "-%") == keys.size());
		long delivered = System.nanoTime();
		Mails.await(Duration.ofSeconds(1), () -> false);

		Map<String, Integer> received = receivedByKey();
		List<String> notOnce = keys.stream().filter(key -> received.getOrDefault(key, 0) != 1).toList();
		assertThat(notOnce).isEmpty();
		List<Map<String, Object>> byNode = jdbc.queryForList("SELECT claimed_by, COUNT(*) AS sent FROM notification_outbox"
				+ " WHERE idempotency_key LIKE ? GROUP BY claimed_by", "load-" + run + "-%");
		System.out.printf("10,000 due reminders: written in %d ms (in 10 transactions, the two dispatchers sending"
				+ " meanwhile), the last one delivered through GreenMail %d ms later"
				+ " (%d ms in all), each exactly once; sent per node: %s%n", (written - started) / 1_000_000,
				(delivered - written) / 1_000_000, (delivered - started) / 1_000_000, byNode);
	}

	private static Notification reminder(String key, String branch) {
		return new Notification(NotificationKind.ACTION_PLAN_REMINDER, key, branch, "AMERICAS", "AMERICAS-2030-R1-AP",
				null, "Submit the action-plan update", Instant.parse("2030-01-15T17:00:00Z"), null, Map.of());
	}

	private static boolean sent(String key) {
		return store(nodeA).findByKey(key).orElseThrow().status() == OutboxStatus.SENT;
	}

	private static List<MimeMessage> mailsWithKey(String key) {
		return Mails.withKey(smtp, key);
	}

	private static Map<String, Integer> receivedByKey() {
		Map<String, Integer> counts = new HashMap<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			counts.merge(Mails.header(message, MailHeaders.KEY), 1, Integer::sum);
		}
		return counts;
	}

	private static OutboxStore store(ConfigurableApplicationContext node) {
		return node.getBean(OutboxStore.class);
	}

	private static OutboxDispatcher dispatcher(ConfigurableApplicationContext node) {
		return node.getBean(OutboxDispatcher.class);
	}

	private static void inTransaction(ConfigurableApplicationContext node, Runnable work) {
		node.getBean(TransactionTemplate.class).executeWithoutResult(tx -> work.run());
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(GovernanceApplication.class)
			.initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--server.port=0", "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + smtpPort, "--camunda.bpm.job-execution.enabled=false",
					"--governance.demo-data.enabled=false", "--governance.reminders.respect-working-hours=true",
					"--governance.notifications.dispatch-interval=PT0.2S",
					"--governance.notifications.initial-backoff=PT0.2S", "--governance.notifications.max-backoff=PT1S",
					"--governance.notifications.batch-size=200");
	}

	private static GreenMail startSmtp() {
		GreenMail server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
