package ca.gc.ircc.governance.notification;

/**
 * The one way the processes send e-mail. Call it inside the transaction of the step that decides to
 * notify: the message is sent once that transaction commits, and a second call with the same
 * idempotency key sends nothing more.
 */
public interface Notifications {

	void send(Notification notification);

}
