package ca.gc.ircc.governance.review;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import ca.gc.ircc.governance.InvalidInputException;

/** Deadlines as the contract passes them: ISO-8601 date-times with an offset. */
public final class Deadlines {

	/** Where IIR works: a date-time without offset (as a form may send it) is read in this zone. */
	static final ZoneId HEADQUARTERS = ZoneId.of("America/Toronto");

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	private Deadlines() {
	}

	public static OffsetDateTime parse(String field, Object value) {
		if (value == null || value.toString().isBlank()) {
			throw new InvalidInputException(field, "is required: an ISO-8601 date-time with offset, e.g. 2026-12-01T17:00:00-05:00");
		}
		String text = value.toString().trim();
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(text).atZone(HEADQUARTERS).toOffsetDateTime();
			}
			catch (DateTimeParseException ex) {
				throw new InvalidInputException(field, "is not an ISO-8601 date-time: " + text);
			}
		}
	}

	/** The text the engine's timers read back ({@code timeDate}). */
	public static String format(OffsetDateTime deadline) {
		return FORMAT.format(deadline);
	}

}
