package ca.gc.ircc.governance.dashboard;

import java.time.Instant;
import java.util.Map;

/**
 * A period summary as compiled when the period's updates were due (its stored JSON: who submitted,
 * who is overdue, activities per priority, event sizes, roles, citations, outcomes), for the printable
 * page and its PDF. {@code organizations}: code → names (English, French).
 */
record PeriodSummaryPage(String businessKey, String strategyCode, String titleEn, String titleFr, String region,
		int period, Instant start, Instant end, Instant due, Instant compiledAt, Map<String, Object> content,
		Map<String, String[]> organizations) {

	PeriodSummaryPage withOrganizations(Map<String, String[]> names) {
		return new PeriodSummaryPage(businessKey, strategyCode, titleEn, titleFr, region, period, start, end, due,
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
