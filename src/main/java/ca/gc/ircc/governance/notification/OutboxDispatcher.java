package ca.gc.ircc.governance.notification;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the due messages of the outbox. Each node runs one dispatcher; a dispatcher claims a batch
 * of rows for a lease, sends them over a few SMTP connections at once (one message at a time on
 * each: a connection mostly waits for the server's replies), and marks each SENT as soon as the SMTP
 * server took it, so that neither a second node nor a later round sends it again. A failed try is
 * retried after an exponential backoff; after the last try the message is FAILED.
 */
@Component
class OutboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	/** A round stops claiming after this long, so it never holds the scheduler for long. */
	private static final long ROUND_BUDGET_MILLIS = 10_000;

	private final OutboxStore outbox;

	private final JavaMailSender mailSender;

	private final NotificationProperties properties;

	private final Clock clock;

	private final String name = nodeName() + "/" + UUID.randomUUID().toString().substring(0, 8);

	/** Sends over the batch's further connections; the dispatching thread uses the first itself. */
	private final ExecutorService connectionPool;

	OutboxDispatcher(OutboxStore outbox, JavaMailSender mailSender, NotificationProperties properties, Clock clock) {
		this.outbox = outbox;
		this.mailSender = mailSender;
		this.properties = properties;
		this.clock = clock;
		this.connectionPool = Executors.newFixedThreadPool(Math.max(1, properties.connections() - 1),
				new CustomizableThreadFactory("outbox-smtp-"));
	}

	@Scheduled(fixedDelayString = "${governance.notifications.dispatch-interval:PT1S}",
			initialDelayString = "${governance.notifications.dispatch-interval:PT1S}")
	void scheduledRound() {
		try {
			dispatchDue();
		}
		catch (RuntimeException ex) {
			// the database may be briefly unreachable; the next round tries again
			log.warn("Dispatching the outbox failed: {}", ex.toString());
		}
	}

	/** Forgets the messages sent longer ago than the configured time (any node may do it). */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	void purgeSent() {
		try {
			int deleted = outbox.deleteSentBefore(clock.instant().minus(properties.keepSent()));
			if (deleted > 0) {
				log.info("Deleted {} messages sent more than {} ago from the outbox", deleted, properties.keepSent());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Purging the outbox failed: {}", ex.toString());
		}
	}

	/** Sends what is due now, batch after batch. @return how many messages were sent */
	int dispatchDue() {
		long started = System.currentTimeMillis();
		int sent = 0;
		List<OutboxMessage> batch;
		do {
			Instant now = clock.instant();
			batch = outbox.claimDue(name, now, now.plus(properties.claimLease()), properties.batchSize());
			sent += send(batch);
		}
		while (batch.size() == properties.batchSize() && System.currentTimeMillis() - started < ROUND_BUDGET_MILLIS);
		return sent;
	}

	private int send(List<OutboxMessage> batch) {
		if (batch.isEmpty()) {
			return 0;
		}
		Instant claimedAt = clock.instant();
		// stop well before the lease ends: past it, another node may take the rows and send them too
		Instant stopAt = claimedAt.plus(properties.claimLease().dividedBy(2));
		SmtpSession first;
		try {
			first = SmtpSession.open(mailSender);
		}
		catch (MessagingException | RuntimeException unreachable) {
			log.warn("SMTP server unreachable, {} due messages wait for their next try: {}", batch.size(),
					describe(unreachable));
			batch.forEach(message -> failed(message, unreachable, false));
			return 0;
		}
		Queue<OutboxMessage> unsent = new ConcurrentLinkedQueue<>(batch);
		List<Future<Integer>> others = new ArrayList<>();
		try {
			for (int i = 1; i < Math.min(properties.connections(), batch.size()); i++) {
				others.add(connectionPool.submit(() -> sendOverAnotherConnection(unsent, stopAt)));
			}
		}
		catch (RejectedExecutionException shuttingDown) {
			// the application is stopping: the connections already open finish the batch
		}
		int sent = sendAll(first, unsent, stopAt);
		for (Future<Integer> other : others) {
			sent += waitFor(other);
		}
		return sent;
	}

	/** A further connection helps while there is something left; if it cannot open, the others send. */
	private int sendOverAnotherConnection(Queue<OutboxMessage> unsent, Instant stopAt) {
		if (unsent.isEmpty()) {
			return 0;
		}
		SmtpSession smtp;
		try {
			smtp = SmtpSession.open(mailSender);
		}
		catch (MessagingException | RuntimeException refused) {
			log.debug("A further SMTP connection did not open, the batch goes over fewer: {}", describe(refused));
			return 0;
		}
		return sendAll(smtp, unsent, stopAt);
	}

	/** Takes the batch's messages until none is left, and sends them over this connection. */
	private int sendAll(SmtpSession smtp, Queue<OutboxMessage> unsent, Instant stopAt) {
		int sent = 0;
		try (smtp) {
			for (OutboxMessage message = unsent.poll(); message != null; message = unsent.poll()) {
				if (clock.instant().isAfter(stopAt)) {
					outbox.release(message.id(), name);
					continue;
				}
				try {
					smtp.send(toMime(message));
				}
				catch (Exception ex) {
					failed(message, ex, true);
					continue;
				}
				if (outbox.markSent(message.id(), name, clock.instant())) {
					sent++;
				}
				else {
					log.warn("Message {} was sent but its claim had been lost", message.idempotencyKey());
				}
			}
		}
		return sent;
	}

	private static int waitFor(Future<Integer> connection) {
		try {
			return connection.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the outbox was being sent", ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException(ex.getCause());
		}
	}

	@PreDestroy
	void stop() {
		connectionPool.shutdown();
	}

	private void failed(OutboxMessage message, Exception ex, boolean logEachTry) {
		int attempts = message.attempts() + 1;
		boolean giveUp = attempts >= properties.maxAttempts();
		Instant next = clock.instant().plus(properties.backoffAfter(attempts));
		String error = describe(ex);
		outbox.markFailedAttempt(message, name, error, next, giveUp);
		if (giveUp) {
			log.error("Giving up on {} to {} after {} tries: {}", message.idempotencyKey(), message.recipient(),
					attempts, error);
		}
		else if (logEachTry) {
			log.warn("Could not send {} to {} (try {}), next try at {}: {}", message.idempotencyKey(),
					message.recipient(), attempts, next, error);
		}
	}

	private MimeMessage toMime(OutboxMessage message) throws MessagingException {
		MimeMessage mime = mailSender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
		helper.setFrom(properties.from());
		helper.setTo(message.addresses().toArray(String[]::new));
		helper.setSubject(message.subject());
		helper.setText(message.bodyHtml(), true);
		mime.setHeader(MailHeaders.KIND, message.kind().name());
		mime.setHeader(MailHeaders.KEY, message.idempotencyKey());
		return mime;
	}

	private static String describe(Throwable ex) {
		StringBuilder text = new StringBuilder(ex.toString());
		for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (text.indexOf(cause.toString()) < 0) {
				text.append(" / caused by ").append(cause);
			}
		}
		return text.length() > 2000 ? text.substring(0, 2000) : text.toString();
	}

	private static String nodeName() {
		try {
			String host = InetAddress.getLocalHost().getHostName();
			return host.length() > 80 ? host.substring(0, 80) : host;
		}
		catch (UnknownHostException ex) {
			return "node";
		}
	}

}
