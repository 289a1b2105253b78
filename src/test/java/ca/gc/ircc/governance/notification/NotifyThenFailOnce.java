package ca.gc.ircc.governance.notification;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A test step (used by {@link OutboxNotificationsTest}'s process): it writes a notification, then
 * fails the first time it runs for a process instance, as a job whose transaction breaks after the
 * decision to notify.
 */
@Component("notifyThenFailOnce")
class NotifyThenFailOnce implements JavaDelegate {

	private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

	private final Notifications notifications;

	NotifyThenFailOnce(Notifications notifications) {
		this.notifications = notifications;
	}

	static String keyFor(String businessKey) {
		return "retry-test:" + businessKey + ":notify:iir";
	}

	@Override
	public void execute(DelegateExecution execution) {
		String businessKey = execution.getProcessBusinessKey();
		notifications.send(new Notification(NotificationKind.PERIOD_SUMMARY, keyFor(businessKey), "iir", "ASIA",
				businessKey, null, null, null, null, Map.of("submitted", 3, "overdue", java.util.List.of("mission-delhi"))));
		if (failedOnce.add(businessKey)) {
			throw new IllegalStateException("Simulated failure after notifying (first run of " + businessKey + ")");
		}
	}

}
