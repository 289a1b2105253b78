package ca.gc.ircc.governance.consultation;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The reminder points of one deadline: the deadline minus each configured lead time. One timer waits
 * for the next point at a time; points already past are skipped.
 */
public record ReminderSchedule(List<Duration> leadTimes) {

	public record Point(Instant at, Duration leadTime) {
	}

	/** The earliest point after both {@code now} and the last point reminded, if any is left. */
	public Optional<Point> next(Instant due, Instant now, Instant lastReminded) {
		return leadTimes.stream()
			.map(lead -> new Point(due.minus(lead), lead))
			.filter(point -> point.at().isAfter(now) && point.at().isBefore(due))
			.filter(point -> lastReminded == null || point.at().isAfter(lastReminded))
			.min(Comparator.comparing(Point::at));
	}

}
