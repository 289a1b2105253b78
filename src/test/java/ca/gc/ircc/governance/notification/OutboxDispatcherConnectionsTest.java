package ca.gc.ircc.governance.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import ca.gc.ircc.governance.support.SharedGreenMail;
import ca.gc.ircc.governance.support.SharedPostgres;
import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dispatcher sends a claimed batch over several SMTP connections at once (the SMTP server's
 * replies, not the CPU, bound one connection), and still sends each message once. On a database of
 * its own, so that no other dispatcher takes its messages, and through a relay that counts the
 * connections to the real SMTP server.
 */
class OutboxDispatcherConnectionsTest {

	static final Instant NOW = Instant.parse("2031-03-04T15:00:00Z");

	static OutboxStore store;

	static JdbcTemplate jdbc;

	final GreenMail greenMail = SharedGreenMail.server();

	@BeforeAll
	static void migrate() {
		var dataSource = new DriverManagerDataSource(SharedPostgres.newDatabase("outbox_connections"), "postgres", "");
		store = OutboxSchema.migrated(dataSource);
		jdbc = new JdbcTemplate(dataSource);
	}

	@Test
	void shouldSendABatchOverSeveralConnectionsAtOnceEachMessageOnce() throws Exception {
		List<String> keys = write(200);
		try (CountingRelay relay = new CountingRelay(SharedGreenMail.port())) {
			OutboxDispatcher dispatcher = dispatcher(relay, 4);
			int sent = dispatcher.dispatchDue();
			dispatcher.stop();

			assertThat(sent).isEqualTo(keys.size());
			assertThat(relay.connections()).as("connections for two batches of 100").isBetween(2, 8);
			assertThat(relay.mostOpenAtOnce()).isBetween(2, 4);
		}
		assertThat(keys).allSatisfy(key -> {
			assertThat(Mails.withKey(greenMail, key)).hasSize(1);
			assertThat(store.findByKey(key).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
		});
	}

	@Test
	void shouldSendOverOneConnectionWhenConfiguredSo() throws Exception {
		List<String> keys = write(30);
		try (CountingRelay relay = new CountingRelay(SharedGreenMail.port())) {
			OutboxDispatcher dispatcher = dispatcher(relay, 1);
			assertThat(dispatcher.dispatchDue()).isEqualTo(keys.size());
			dispatcher.stop();

			assertThat(relay.connections()).isEqualTo(1);
		}
		assertThat(keys).allSatisfy(key -> assertThat(Mails.withKey(greenMail, key)).hasSize(1));
	}

	@Test
	void shouldKeepEveryMessageForItsNextTryWhenNoConnectionOpens() throws Exception {
		List<String> keys = write(40);
		CountingRelay relay = new CountingRelay(SharedGreenMail.port());
		relay.close();
		OutboxDispatcher dispatcher = dispatcher(relay, 4);
		assertThat(dispatcher.dispatchDue()).isZero();
		dispatcher.stop();

		assertThat(keys).allSatisfy(key -> {
			OutboxMessage message = store.findByKey(key).orElseThrow();
			assertThat(message.status()).isEqualTo(OutboxStatus.PENDING);
			assertThat(message.attempts()).isEqualTo(1);
			assertThat(message.nextAttemptAt()).isAfter(NOW);
		});
	}

	private static List<String> write(int count) {
		jdbc.update("UPDATE notification_outbox SET status = 'FAILED' WHERE status = 'PENDING'");
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> keys = IntStream.range(0, count).mapToObj(i -> "connections-" + run + "-" + i).toList();
		keys.forEach(key -> store.insertIfAbsent(new OutboxStore.NewMessage(key, NotificationKind.ACTION_PLAN_REMINDER,
				"rab", List.of("rab@example.org"), "AMERICAS", "AMERICAS-2031-R1-AP", null, "Reminder " + key,
				"<p>Please submit the update.</p>", NOW, NOW.minusSeconds(1))));
		return keys;
	}

	private static OutboxDispatcher dispatcher(CountingRelay relay, int connections) {
		JavaMailSenderImpl mailSender = new JavaMailSenderImpl();
		mailSender.setHost("127.0.0.1");
		mailSender.setPort(relay.port());
		NotificationProperties properties = new NotificationProperties("http://localhost:8080",
				"strategy-governance@example.org", Duration.ofSeconds(1), 100, connections, Duration.ofMinutes(5), 20,
				Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofDays(180), Duration.ofMinutes(1));
		return new OutboxDispatcher(store, mailSender, properties, Clock.fixed(NOW, ZoneOffset.UTC));
	}

}
