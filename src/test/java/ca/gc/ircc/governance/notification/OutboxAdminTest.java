package ca.gc.ircc.governance.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ca.gc.ircc.governance.support.IntegrationTest;
import ca.gc.ircc.governance.support.SharedGreenMail;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OutboxAdminTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	Notifications notifications;

	@Autowired
	OutboxStore outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	TestRestTemplate admin() {
		return http.withBasicAuth("demo-admin", "demo");
	}

	/** A message every try of which failed, as after an SMTP outage longer than the retries. */
	OutboxMessage exhaustedMessage() {
		String key = "exhausted-" + UUID.randomUUID().toString().substring(0, 8);
		notifications.send(new Notification(NotificationKind.ESCALATION, key, "in", "ASIA", null, null, null, null,
				java.time.Instant.parse("2099-01-01T00:00:00Z"), Map.of("contributor", "mission-tokyo")));
		jdbc.update("UPDATE notification_outbox SET status = 'FAILED', attempts = 20,"
				+ " last_error = 'MailSendException: Connection refused' WHERE idempotency_key = ?", key);
		return outbox.findByKey(key).orElseThrow();
	}

	@Test
	void shouldRefuseAnyoneButAnAdministrator() {
		OutboxMessage failed = exhaustedMessage();
		TestRestTemplate iir = http.withBasicAuth("demo-iir", "demo");
		assertThat(iir.getForEntity("/api/admin/outbox", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(iir.postForEntity("/api/admin/outbox/" + failed.id() + "/retry", null, String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(iir.getForEntity("/admin/outbox", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.getForEntity("/api/admin/outbox", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(http.getForEntity("/admin/outbox", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(outbox.find(failed.id()).orElseThrow().status()).isEqualTo(OutboxStatus.FAILED);
	}

	@Test
	void shouldListTheOutboxFilteredByStatus() throws Exception {
		OutboxMessage failed = exhaustedMessage();
		ResponseEntity<String> response = admin().getForEntity("/api/admin/outbox?status=FAILED", String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode list = json.readTree(response.getBody());
		assertThat(list).allMatch(m -> m.get("status").asText().equals("FAILED"));
		JsonNode mine = findById(list, failed.id());
		assertThat(mine.get("recipient").asText()).isEqualTo("in");
		assertThat(mine.get("lastError").asText()).contains("Connection refused");
		assertThat(mine.get("subject").asText()).contains("Escalation");

		ResponseEntity<String> bad = admin().getForEntity("/api/admin/outbox?status=LOST", String.class);
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json.readTree(bad.getBody()).get("field").asText()).isEqualTo("status");
	}

	@Test
	void shouldSendAFailedMessageOnceAnAdministratorRetriesIt() throws Exception {
		OutboxMessage failed = exhaustedMessage();

		ResponseEntity<String> response = admin().postForEntity("/api/admin/outbox/" + failed.id() + "/retry", null,
				String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(json.readTree(response.getBody()).get("status").asText()).isEqualTo("PENDING");
		var greenMail = SharedGreenMail.server();
		Mails.await(Duration.ofSeconds(20), () -> Mails.to(greenMail, "in@example.org", failed.idempotencyKey()).size() == 1);
		assertThat(Mails.to(greenMail, "in@example.org", failed.idempotencyKey())).hasSize(1);
		Mails.await(Duration.ofSeconds(5), () -> outbox.find(failed.id()).orElseThrow().status() == OutboxStatus.SENT);
		assertThat(outbox.find(failed.id()).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);

		assertThat(admin().postForEntity("/api/admin/outbox/" + failed.id() + "/retry", null, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(admin().postForEntity("/api/admin/outbox/999999999/retry", null, String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void shouldShowTheOutboxPageToAnAdministrator() {
		OutboxMessage failed = exhaustedMessage();

		ResponseEntity<String> page = admin().getForEntity("/admin/outbox?status=FAILED&show=" + failed.id(),
				String.class);

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("Notification outbox", failed.idempotencyKey(),
				"MailSendException: Connection refused", "in@example.org", "FAILED");
	}

	@Test
	void shouldExposeTheOutboxMetricsToSignedInUsersOnly() throws Exception {
		assertThat(http.getForEntity("/actuator/metrics/" + OutboxMetrics.MESSAGES, String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);

		ResponseEntity<String> pending = admin()
			.getForEntity("/actuator/metrics/" + OutboxMetrics.MESSAGES + "?tag=status:PENDING", String.class);
		assertThat(pending.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(json.readTree(pending.getBody()).get("measurements").get(0).get("value").asDouble())
			.isGreaterThanOrEqualTo(0);
		ResponseEntity<String> age = admin().getForEntity("/actuator/metrics/" + OutboxMetrics.OLDEST_PENDING_AGE,
				String.class);
		assertThat(age.getStatusCode()).isEqualTo(HttpStatus.OK);

		exhaustedMessage();
		JsonNode summary = json.readTree(admin().getForEntity("/api/admin/outbox/summary", String.class).getBody());
		assertThat(summary.get("failed").asLong()).isPositive();
		assertThat(List.of("pending", "sent", "failed", "oldestPendingAgeSeconds")).allMatch(summary::has);
	}

	private static JsonNode findById(JsonNode list, long id) {
		for (JsonNode node : list) {
			if (node.get("id").asLong() == id) {
				return node;
			}
		}
		throw new AssertionError("No message " + id + " in " + list);
	}

}
