package ca.gc.ircc.governance.actionplan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderScheduleTest {

	private final Instant due = Instant.parse("2027-01-16T05:00:00Z");

	private final ReminderSchedule schedule = new ReminderSchedule(due,
			List.of(Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(1)), Duration.ofDays(7), Duration.ofDays(14));

	@Test
	void shouldWalkThroughEveryPointInOrder() {
		Instant at = due.minus(Duration.ofDays(30));
		StringBuilder walked = new StringBuilder();
		for (int i = 0; i < 7; i++) {
			ReminderSchedule.Point point = schedule.nextAfter(at);
			walked.append(Duration.between(due, point.at()).toDays()).append(point.kinds()).append(' ');
			at = point.at();
		}
		assertThat(walked.toString().trim()).isEqualTo(
				"-14[BEFORE_DUE] -7[BEFORE_DUE] -1[BEFORE_DUE] 0[DUE] 7[OVERDUE] 14[OVERDUE, ESCALATION] 21[OVERDUE]");
	}

	@Test
	void shouldSkipPointsAlreadyPast() {
		ReminderSchedule.Point point = schedule.nextAfter(due.minus(Duration.ofDays(3)));
		assertThat(point.at()).isEqualTo(due.minus(Duration.ofDays(1)));
		ReminderSchedule.Point late = schedule.nextAfter(due.plus(Duration.ofDays(40)));
		assertThat(late.at()).isEqualTo(due.plus(Duration.ofDays(42)));
		assertThat(late.kinds()).isEqualTo(Set.of(ReminderSchedule.Kind.OVERDUE));
	}

}
