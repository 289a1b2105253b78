package ca.gc.ircc.governance.notification;

/** Headers on every mail the system sends, so that a mail client, an audit or a test can tell them apart. */
public final class MailHeaders {

	/** The {@link NotificationKind} of the mail. */
	public static final String KIND = "X-Governance-Kind";

	/** The idempotency key of the notification the mail delivers. */
	public static final String KEY = "X-Governance-Key";

	private MailHeaders() {
	}

}
