package ca.gc.ircc.governance.actionplan;

import java.time.Instant;

/**
 * Where a reporting period starts and ends (exclusive), and the report year it belongs to.
 *
 * @param closesReportYear whether the annual report is compiled after this period
 */
record PeriodBounds(Instant start, Instant end, String reportYear, boolean closesReportYear) {
}
