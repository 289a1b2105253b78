package ca.gc.ircc.governance.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection for a batch of messages, so that a batch does not pay a connection per
 * message. With a {@link JavaMailSender} other than Spring's own, each message goes through it.
 */
abstract class SmtpSession implements AutoCloseable {

	abstract void send(MimeMessage message) throws Exception;

	@Override
	public abstract void close();

	static SmtpSession open(JavaMailSender sender) throws MessagingException {
		if (sender instanceof JavaMailSenderImpl spring) {
			return new Connected(spring);
		}
		return new SmtpSession() {
			@Override
			void send(MimeMessage message) {
				sender.send(message);
			}

			@Override
			public void close() {
			}
		};
	}

	private static final class Connected extends SmtpSession {

		private final Transport transport;

		Connected(JavaMailSenderImpl sender) throws MessagingException {
			String protocol = sender.getProtocol() == null ? "smtp" : sender.getProtocol();
			this.transport = sender.getSession().getTransport(protocol);
			transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
		}

		@Override
		void send(MimeMessage message) throws MessagingException {
			if (message.getSentDate() == null) {
				message.setSentDate(new java.util.Date());
			}
			message.saveChanges();
			transport.sendMessage(message, message.getAllRecipients());
		}

		@Override
		public void close() {
			try {
				transport.close();
			}
			catch (MessagingException ignored) {
				// the messages are sent or marked failed already; a failed QUIT changes nothing
			}
		}

	}

}
