package ca.gc.ircc.governance.consultation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderScheduleTest {

	static final Instant DUE = Instant.parse("2026-12-01T22:00:00Z");

	final ReminderSchedule schedule = new ReminderSchedule(
			List.of(Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(1)));

	@Test
	void shouldWaitForTheEarliestPointStillAhead() {
		var next = schedule.next(DUE, DUE.minus(Duration.ofDays(20)), null).orElseThrow();
		assertThat(next.at()).isEqualTo(DUE.minus(Duration.ofDays(14)));
		assertThat(next.leadTime()).isEqualTo(Duration.ofDays(14));
	}

	@Test
	void shouldSkipPointsAlreadyPast() {
		var next = schedule.next(DUE, DUE.minus(Duration.ofDays(10)), null).orElseThrow();
		assertThat(next.leadTime()).isEqualTo(Duration.ofDays(7));
	}

	@Test
	void shouldMoveOnFromThePointJustRemindedEvenWhenItsTimerFiredEarly() {
		Instant reminded = DUE.minus(Duration.ofDays(14));
		var next = schedule.next(DUE, DUE.minus(Duration.ofDays(20)), reminded).orElseThrow();
		assertThat(next.leadTime()).isEqualTo(Duration.ofDays(7));
	}

	@Test
	void shouldHaveNothingLeftAfterTheLastPoint() {
		assertThat(schedule.next(DUE, DUE.minus(Duration.ofHours(12)), null)).isEmpty();
		assertThat(schedule.next(DUE, DUE.minus(Duration.ofDays(20)), DUE.minus(Duration.ofDays(1)))).isEmpty();
	}

	@Test
	void shouldIgnoreALeadTimeLongerThanTheWholeConsultation() {
		var shortConsultation = schedule.next(DUE, DUE.minus(Duration.ofDays(3)), null).orElseThrow();
		assertThat(shortConsultation.leadTime()).isEqualTo(Duration.ofDays(1));
	}

	@Test
	void shouldNameLeadTimesAsTheConfigurationDoes() {
		assertThat(Consultations.readable(Duration.ofDays(14))).isEqualTo("P14D");
		assertThat(Consultations.readable(Duration.ofMinutes(2))).isEqualTo("PT2M");
	}

}
