package ca.gc.ircc.governance.notification;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Finds the mails a test expects among everything a GreenMail server received, by header and mailbox. */
public final class Mails {

	private Mails() {
	}

	/** The copies of the mail with this idempotency key delivered to this address. */
	static List<MimeMessage> to(GreenMail greenMail, String address, String key) {
		GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
		if (user == null) {
			return List.of();
		}
		try {
			return greenMail.getManagers()
				.getImapHostManager()
				.getInbox(user)
				.getMessages()
				.stream()
				.map(StoredMessage::getMimeMessage)
				.filter(message -> key.equals(header(message, MailHeaders.KEY)))
				.map(MimeMessage.class::cast)
				.toList();
		}
		catch (FolderException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Every copy of the mail with this idempotency key, whatever its mailbox. */
	static List<MimeMessage> withKey(GreenMail greenMail, String key) {
		return Arrays.stream(greenMail.getReceivedMessages())
			.filter(message -> key.equals(header(message, MailHeaders.KEY)))
			.toList();
	}

	static String header(MimeMessage message, String name) {
		try {
			return message.getHeader(name, null);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String body(MimeMessage message) {
		try {
			return (String) message.getContent();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Waits (at most {@code timeout}) until the condition holds; the caller asserts afterwards. */
	static void await(Duration timeout, BooleanSupplier condition) {
		long end = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() < end) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
