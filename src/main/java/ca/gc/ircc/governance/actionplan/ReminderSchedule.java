package ca.gc.ircc.governance.actionplan;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The points in time at which an awaited update is chased: reminders at each lead time before the
 * due date, the due date itself (the update becomes overdue), a reminder every {@code overdueEvery}
 * while overdue, and the escalation once {@code escalateAfter} has passed since the due date. One
 * timer waits for the next point at a time.
 */
final class ReminderSchedule {

	enum Kind {
		BEFORE_DUE, DUE, OVERDUE, ESCALATION
	}

	record Point(Instant at, Set<Kind> kinds) {
	}

	private final Instant due;

	private final List<Duration> beforeDue;

	private final Duration overdueEvery;

	private final Duration escalateAfter;

	ReminderSchedule(Instant due, List<Duration> beforeDue, Duration overdueEvery, Duration escalateAfter) {
		this.due = due;
		this.beforeDue = List.copyOf(beforeDue);
		this.overdueEvery = overdueEvery;
		this.escalateAfter = escalateAfter;
	}

	/** The first point strictly after {@code after}: points already past are skipped, never sent late. */
	Point nextAfter(Instant after) {
		TreeMap<Instant, Set<Kind>> points = new TreeMap<>();
		for (Duration lead : beforeDue) {
			add(points, due.minus(lead), Kind.BEFORE_DUE);
		}
		add(points, due, Kind.DUE);
		add(points, due.plus(escalateAfter), Kind.ESCALATION);
		if (!overdueEvery.isZero() && !overdueEvery.isNegative()) {
			Instant firstOverdue = due.plus(overdueEvery);
			if (firstOverdue.isAfter(after)) {
				add(points, firstOverdue, Kind.OVERDUE);
			}
			else {
				long periodsPassed = Duration.between(firstOverdue, after).dividedBy(overdueEvery) + 1;
				add(points, firstOverdue.plus(overdueEvery.multipliedBy(periodsPassed)), Kind.OVERDUE);
				add(points, firstOverdue.plus(overdueEvery.multipliedBy(periodsPassed - 1)), Kind.OVERDUE);
			}
		}
		var next = points.higherEntry(after);
		if (next == null) {
			return null;
		}
		return new Point(next.getKey(), next.getValue());
	}

	private static void add(TreeMap<Instant, Set<Kind>> points, Instant at, Kind kind) {
		points.computeIfAbsent(at, ignored -> EnumSet.noneOf(Kind.class)).add(kind);
	}

}
