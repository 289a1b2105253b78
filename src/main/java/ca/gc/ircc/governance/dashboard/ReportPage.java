package ca.gc.ircc.governance.dashboard;

import java.time.Instant;
import java.util.Map;

/**
 * A compiled report, as stored and mailed to IIR, for a printable page and its PDF: a period summary
 * (who submitted, who is overdue, activities per priority, event sizes, roles, citations, outcomes;
 * {@code period} and its dates set) or an annual report ({@code reportYear} set, dates null).
 * {@code organizations}: code → names (English, French).
 */
record ReportPage(String businessKey, String strategyCode, String titleEn, String titleFr, String region,
		Integer period, String reportYear, Instant start, Instant end, Instant due, Instant compiledAt,
		Map<String, Object> content, Map<String, String[]> organizations) {

	ReportPage withOrganizations(Map<String, String[]> names) {
		return new ReportPage(businessKey, strategyCode, titleEn, titleFr, region, period, reportYear, start, end, due,
				compiledAt, content, Map.copyOf(names));
	}

	private static final java.time.format.DateTimeFormatter UTC = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(java.time.ZoneOffset.UTC);

	/** A moment to the minute, in UTC. */
	public String utc(Instant instant) {
		return instant == null ? "" : UTC.format(instant);
	}

	/** The organization's name in the language (its code if unknown). */
	public String name(String code, boolean french) {
		String[] names = organizations.get(code);
		return names == null ? code : names[french ? 1 : 0];
	}

}
