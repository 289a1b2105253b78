package ca.gc.ircc.governance.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dashboard's settings.
 * @param compliancePeriods how many of an action plan's latest periods the compliance grid (and the
 * on-time rate) covers
 */
@ConfigurationProperties("governance.dashboard")
record DashboardProperties(@DefaultValue("8") int compliancePeriods) {

	DashboardProperties {
		if (compliancePeriods < 1) {
			throw new IllegalArgumentException("governance.dashboard.compliance-periods must be at least 1");
		}
	}

}
