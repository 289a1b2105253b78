package ca.gc.ircc.governance.actionplan;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.gc.ircc.governance.GovernanceProperties;
import ca.gc.ircc.governance.identity.Groups;
import ca.gc.ircc.governance.notification.Notification;
import ca.gc.ircc.governance.notification.NotificationKind;
import ca.gc.ircc.governance.notification.Notifications;
import ca.gc.ircc.governance.organization.Organization;
import ca.gc.ircc.governance.organization.OrganizationDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Chases the updates a period still awaits, at the points of the period's {@link ReminderSchedule}. */
@Service
@Transactional
public class ActionPlanReminders {

	static final String TASK_NAME = "Submit action-plan update";

	static final String TASK_NAME_FR = "Soumettre la mise à jour du plan d'action";

	private final ActionPlanRecords records;

	private final Notifications notifications;

	private final OrganizationDirectory organizations;

	private final GovernanceProperties properties;

	ActionPlanReminders(ActionPlanRecords records, Notifications notifications, OrganizationDirectory organizations,
			GovernanceProperties properties) {
		this.records = records;
		this.notifications = notifications;
		this.organizations = organizations;
		this.properties = properties;
	}

	/** The period's next reminder point after now and after the previous one; null once none is left. */
	ReminderSchedule.Point nextPoint(String businessKey, int periodNumber, Instant previous) {
		Instant after = records.now();
		if (previous != null && previous.isAfter(after)) {
			after = previous;
		}
		var reminders = properties.reminders();
		return new ReminderSchedule(records.period(businessKey, periodNumber).getDueAt(), reminders.beforeDue(),
				reminders.overdueEvery(), reminders.escalateAfter())
			.nextAfter(after);
	}

	/**
	 * Acts on one point of the period's schedule for every update still awaited from its contributor
	 * (nothing for an update that is with IIR or accepted): a reminder, the overdue mark or the
	 * escalation, as the point says.
	 *
	 * @param openTasks each submission's open update task, which the mail links to
	 * @return how many updates were chased
	 */
	public int chase(String businessKey, int periodNumber, ReminderSchedule.Point point, Map<Long, String> openTasks) {
		PlanPeriod period = records.period(businessKey, periodNumber);
		ActionPlan plan = records.planOf(period);
		List<Submission> awaited = records.awaited(period);
		for (Submission submission : awaited) {
			if (point.kinds().contains(ReminderSchedule.Kind.DUE)) {
				submission.markOverdueIfAwaited();
			}
			chase(plan, period, submission, point, openTasks.get(submission.getId()));
		}
		return awaited.size();
	}

	private void chase(ActionPlan plan, PlanPeriod period, Submission submission, ReminderSchedule.Point point,
			String taskId) {
		String contributor = submission.getContributor();
		String base = plan.getBusinessKey() + ":%s:" + period.getNumber() + ":" + contributor;
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("period", period.getNumber());
		details.put("contributor", contributor);
		details.put("status", submission.getStatus().name());
		if (point.kinds().contains(ReminderSchedule.Kind.BEFORE_DUE)
				|| point.kinds().contains(ReminderSchedule.Kind.OVERDUE)) {
			send(NotificationKind.ACTION_PLAN_REMINDER, base.formatted("reminder") + ":" + point.at(), contributor,
					plan, period, details, taskId);
		}
		if (point.kinds().contains(ReminderSchedule.Kind.ESCALATION)) {
			send(NotificationKind.ESCALATION, base.formatted("escalation") + ":" + Groups.IIR, Groups.IIR, plan,
					period, details, taskId);
			boolean mission = organizations.find(contributor).map(Organization::isMission).orElse(false);
			if (mission) {
				send(NotificationKind.ESCALATION, base.formatted("escalation") + ":" + Groups.INTERNATIONAL_NETWORK,
						Groups.INTERNATIONAL_NETWORK, plan, period, details, taskId);
			}
		}
	}

	private void send(NotificationKind kind, String key, String recipient, ActionPlan plan, PlanPeriod period,
			Map<String, Object> details, String taskId) {
		Map<String, Object> withFrenchName = new LinkedHashMap<>(details);
		withFrenchName.put(Notification.TASK_NAME_FR, TASK_NAME_FR + " (période " + period.getNumber() + ")");
		notifications.send(new Notification(kind, key, recipient, plan.getStrategyCode(), plan.getBusinessKey(), taskId,
				TASK_NAME + " (period " + period.getNumber() + ")", period.getDueAt(), null, withFrenchName));
	}

}
