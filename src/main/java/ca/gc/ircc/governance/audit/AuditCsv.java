package ca.gc.ircc.governance.audit;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes an audit trail as CSV (RFC 4180). A cell that a spreadsheet would read as a formula is
 * prefixed with an apostrophe, since IIR opens these exports in a spreadsheet.
 */
public final class AuditCsv {

	private static final String HEADER = "at,actor,action,element,elementKey,values\r\n";

	private AuditCsv() {
	}

	static String write(List<AuditEvent> events) {
		StringBuilder csv = new StringBuilder(HEADER);
		for (AuditEvent event : events) {
			csv.append(cell(String.valueOf(event.at())))
				.append(',')
				.append(cell(event.actor()))
				.append(',')
				.append(cell(event.action()))
				.append(',')
				.append(cell(event.element()))
				.append(',')
				.append(cell(event.elementKey()))
				.append(',')
				.append(cell(values(event.values())))
				.append("\r\n");
		}
		return csv.toString();
	}

	private static String values(Map<String, String> values) {
		return values.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining("; "));
	}

	/** One quoted CSV cell; a value a spreadsheet would run as a formula is defused with an apostrophe. */
	public static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
