package ca.gc.ircc.governance.notification;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingHoursTest {

	static final ZoneId DELHI = ZoneId.of("Asia/Kolkata");

	static Instant delhi(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(DELHI).toInstant();
	}

	@Test
	void shouldHoldANightMomentUntilNineTheSameMorning() {
		// Tuesday 2030-01-08
		assertThat(WorkingHours.nextWorkingMoment(delhi("2030-01-08T03:00"), DELHI)).isEqualTo(delhi("2030-01-08T09:00"));
	}

	@Test
	void shouldKeepAMomentInsideWorkingHours() {
		assertThat(WorkingHours.nextWorkingMoment(delhi("2030-01-08T09:00"), DELHI)).isEqualTo(delhi("2030-01-08T09:00"));
		assertThat(WorkingHours.nextWorkingMoment(delhi("2030-01-08T16:59:59"), DELHI))
			.isEqualTo(delhi("2030-01-08T16:59:59"));
	}

	@Test
	void shouldMoveAnEveningMomentToTheNextMorning() {
		assertThat(WorkingHours.nextWorkingMoment(delhi("2030-01-08T17:00"), DELHI)).isEqualTo(delhi("2030-01-09T09:00"));
	}

	@Test
	void shouldSkipTheWeekend() {
		// Friday evening, Saturday, Sunday → Monday 2030-01-14 09:00
		assertThat(WorkingHours.nextWorkingMoment(delhi("2030-01-11T18:30"), DELHI)).isEqualTo(delhi("2030-01-14T09:00"));
		assertThat(WorkingHours.nextWorkingMoment(delhi("2030-01-12T11:00"), DELHI)).isEqualTo(delhi("2030-01-14T09:00"));
		assertThat(WorkingHours.nextWorkingMoment(delhi("2030-01-13T08:00"), DELHI)).isEqualTo(delhi("2030-01-14T09:00"));
	}

	@Test
	void shouldUseTheMissionsOwnTimeZone() {
		// 12:00 UTC on a Tuesday is 21:00 in Tokyo (closed) but 06:00 in Mexico City (not yet open)
		Instant noonUtc = Instant.parse("2030-01-08T12:00:00Z");
		ZoneId tokyo = ZoneId.of("Asia/Tokyo");
		ZoneId mexico = ZoneId.of("America/Mexico_City");
		assertThat(WorkingHours.nextWorkingMoment(noonUtc, tokyo))
			.isEqualTo(LocalDateTime.parse("2030-01-09T09:00").atZone(tokyo).toInstant());
		assertThat(WorkingHours.nextWorkingMoment(noonUtc, mexico))
			.isEqualTo(LocalDateTime.parse("2030-01-08T09:00").atZone(mexico).toInstant());
	}

}
