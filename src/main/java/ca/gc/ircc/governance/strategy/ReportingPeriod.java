package ca.gc.ircc.governance.strategy;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The length of one action-plan reporting period, written in ISO-8601. A period of whole months
 * (P3M, P6M, P12M) follows the Government of Canada fiscal year, which starts on April 1; a period of
 * days, hours or seconds (P30D, PT30S) runs back to back from the start of the action plan, for demos
 * and tests.
 */
public final class ReportingPeriod {

	private final String iso;

	private final int months;

	private final Duration duration;

	private ReportingPeriod(String iso, int months, Duration duration) {
		this.iso = iso;
		this.months = months;
		this.duration = duration;
	}

	/** Parses an ISO-8601 period; used by Spring's configuration binding too. */
	public static ReportingPeriod of(String iso) {
		String text = Objects.requireNonNull(iso, "reporting period").trim().toUpperCase();
		try {
			if (text.contains("T")) {
				return ofDuration(text, Duration.parse(text));
			}
			Period period = Period.parse(text);
			if (period.getDays() == 0) {
				return ofMonths(text, (int) period.toTotalMonths());
			}
			if (period.toTotalMonths() == 0) {
				return ofDuration(text, Duration.ofDays(period.getDays()));
			}
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("'" + iso + "' is not an ISO-8601 period such as P3M, P6M or PT30S", ex);
		}
		throw new IllegalArgumentException("'" + iso + "' mixes months and days; use whole months or a duration");
	}

	public static ReportingPeriod ofMonths(int months) {
		return ofMonths("P" + months + "M", months);
	}

	private static ReportingPeriod ofMonths(String iso, int months) {
		if (months <= 0 || 12 % months != 0) {
			throw new IllegalArgumentException(
					"'" + iso + "' must divide the fiscal year into whole periods (P1M, P2M, P3M, P4M, P6M or P12M)");
		}
		return new ReportingPeriod(iso, months, null);
	}

	private static ReportingPeriod ofDuration(String iso, Duration duration) {
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("'" + iso + "' must be longer than zero");
		}
		return new ReportingPeriod(iso, 0, duration);
	}

	/** Whether periods are months aligned on the fiscal year (rather than back to back from the start). */
	public boolean isFiscal() {
		return duration == null;
	}

	public int months() {
		if (!isFiscal()) {
			throw new IllegalStateException(iso + " is not a period of months");
		}
		return months;
	}

	public Duration duration() {
		if (isFiscal()) {
			throw new IllegalStateException(iso + " is a period of months, not a fixed duration");
		}
		return duration;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ReportingPeriod that && months == that.months
				&& Objects.equals(duration, that.duration);
	}

	@Override
	public int hashCode() {
		return Objects.hash(months, duration);
	}

	@Override
	public String toString() {
		return iso;
	}

}
