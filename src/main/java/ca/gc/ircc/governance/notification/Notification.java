package ca.gc.ircc.governance.notification;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One e-mail to send to an organization: its mailbox and the e-mail addresses of its members.
 *
 * @param kind what the mail is about; decides its template
 * @param idempotencyKey the same key is sent once at most, however often a retried job asks (for
 * example process instance + activity + recipient + scheduled point)
 * @param recipient the organization code (Camunda group id) to write to
 * @param strategyCode the strategy concerned, when there is one
 * @param businessKey the review cycle or action plan concerned, when there is one
 * @param taskId the task to link to in Tasklist, when there is one
 * @param taskName the task's name as the recipient sees it in Tasklist
 * @param due the due date shown to the recipient (in its own time zone), when there is one
 * @param scheduledFor the earliest moment to send; null means now
 * @param details what the template of this kind shows besides (e.g. {@code nonRespondents}); the
 * task's French name goes under {@link #TASK_NAME_FR}
 */
public record Notification(NotificationKind kind, String idempotencyKey, String recipient, String strategyCode,
		String businessKey, String taskId, String taskName, Instant due, Instant scheduledFor,
		Map<String, Object> details) {

	/** Detail key of the task's name in French, shown in the French half of the mail. */
	public static final String TASK_NAME_FR = "taskNameFr";

	public Notification {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(idempotencyKey, "idempotencyKey");
		Objects.requireNonNull(recipient, "recipient");
		details = details == null ? Map.of() : Map.copyOf(details);
	}

}
