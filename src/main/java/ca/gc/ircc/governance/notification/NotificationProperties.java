package ca.gc.ircc.governance.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications are written, sent and retried, under {@code governance.notifications}.
 *
 * @param baseUrl the application's address as recipients reach it, for the links to Tasklist
 * @param from the sender address of every mail
 * @param dispatchInterval pause between two rounds of the dispatcher
 * @param batchSize how many due messages one dispatcher claims at a time
 * @param connections how many SMTP connections a dispatcher sends a claimed batch over at once
 * @param claimLease how long a claim lasts: a node that dies holding rows gives them up after it
 * @param maxAttempts failed tries after which a message is FAILED (an administrator can retry it)
 * @param initialBackoff wait after the first failed try; it doubles after each further one
 * @param maxBackoff the longest wait between two tries
 * @param keepSent how long a sent message stays in the outbox (and its idempotency key with it)
 * @param membersRereadAfter how long a node keeps an organization's member addresses before asking
 * the identity service again
 */
@ConfigurationProperties("governance.notifications")
public record NotificationProperties(@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("strategy-governance@example.org") String from, @DefaultValue("PT1S") Duration dispatchInterval,
		@DefaultValue("100") int batchSize, @DefaultValue("4") int connections, @DefaultValue("PT5M") Duration claimLease,
		@DefaultValue("20") int maxAttempts, @DefaultValue("PT30S") Duration initialBackoff,
		@DefaultValue("PT1H") Duration maxBackoff, @DefaultValue("P180D") Duration keepSent,
		@DefaultValue("PT1M") Duration membersRereadAfter) {

	public NotificationProperties {
		if (batchSize < 1) {
			throw new IllegalArgumentException("governance.notifications.batch-size must be at least 1");
		}
		if (connections < 1) {
			throw new IllegalArgumentException("governance.notifications.connections must be at least 1");
		}
		if (membersRereadAfter.isNegative()) {
			throw new IllegalArgumentException("governance.notifications.members-reread-after may not be negative");
		}
	}

	/** The wait before the next try, after the given number of failed tries (1 or more). */
	Duration backoffAfter(int failedAttempts) {
		Duration wait = initialBackoff;
		for (int i = 1; i < failedAttempts && wait.compareTo(maxBackoff) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
	}

	String taskLink(String taskId) {
		String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		return base + "/camunda/app/tasklist/default/#/?task=" + taskId;
	}

}
