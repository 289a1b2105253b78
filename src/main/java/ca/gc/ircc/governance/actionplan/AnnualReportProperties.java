package ca.gc.ircc.governance.actionplan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param shortPeriodsPerYear when reporting periods are days, hours or seconds (demos, tests), an
 * annual report is compiled after every this many periods; periods of months use the fiscal year
 */
@ConfigurationProperties("governance.action-plan.annual-report")
record AnnualReportProperties(@DefaultValue("4") int shortPeriodsPerYear) {
}
