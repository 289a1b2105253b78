package ca.gc.ircc.governance;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import ca.gc.ircc.governance.strategy.ReportingPeriod;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything an operator can tune, under the {@code governance} prefix. Every duration is ISO-8601
 * so that a test or a demo can shrink a quarter to seconds.
 */
@ConfigurationProperties("governance")
public record GovernanceProperties(@DefaultValue DemoData demoData, @DefaultValue ActionPlan actionPlan,
		@DefaultValue Reminders reminders) {

	/** Load the demo users (one per organization, password {@code demo}). Never in production. */
	public record DemoData(@DefaultValue("false") boolean enabled) {
	}

	/**
	 * @param period length of one reporting period per strategy code; a strategy not listed uses
	 * the period of its cadence
	 * @param dueAfterPeriodEnd when an update is due, after its period ends
	 */
	public record ActionPlan(@DefaultValue Map<String, ReportingPeriod> period,
			@DefaultValue("P15D") Duration dueAfterPeriodEnd) {
	}

	/**
	 * @param beforeDue reminder lead times before a due date
	 * @param overdueEvery reminder interval once overdue
	 * @param escalateAfter overdue delay after which an update is escalated
	 * @param respectWorkingHours hold a reminder to a mission until its working hours
	 */
	public record Reminders(@DefaultValue({ "P14D", "P7D", "P1D" }) List<Duration> beforeDue,
			@DefaultValue("P7D") Duration overdueEvery, @DefaultValue("P14D") Duration escalateAfter,
			@DefaultValue("true") boolean respectWorkingHours) {
	}

}
