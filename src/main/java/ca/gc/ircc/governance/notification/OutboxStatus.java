package ca.gc.ircc.governance.notification;

/** Where a message of the outbox stands. */
public enum OutboxStatus {

	/** Waiting for its scheduled moment, for a dispatcher, or for its next try after a failure. */
	PENDING,
	/** Accepted by the SMTP server. */
	SENT,
	/** Every try failed; waits for an administrator to retry it. */
	FAILED

}
