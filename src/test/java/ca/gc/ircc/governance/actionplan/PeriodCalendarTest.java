package ca.gc.ircc.governance.actionplan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import ca.gc.ircc.governance.strategy.ReportingPeriod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodCalendarTest {

	private static Instant ottawa(int year, int month, int day) {
		return ZonedDateTime.of(LocalDate.of(year, month, day).atStartOfDay(), PeriodCalendar.OTTAWA).toInstant();
	}

	@Test
	void shouldAlignQuartersOnTheFiscalYearAndCloseItOnMarch31() {
		PeriodCalendar quarters = new PeriodCalendar(ReportingPeriod.of("P3M"), 4);
		PeriodBounds first = quarters.first(ottawa(2026, 11, 21).plusSeconds(3600));
		assertThat(first.start()).isEqualTo(ottawa(2026, 10, 1));
		assertThat(first.end()).isEqualTo(ottawa(2027, 1, 1));
		assertThat(first.reportYear()).isEqualTo("FY 2026-2027");
		assertThat(first.closesReportYear()).isFalse();
		PeriodBounds fourth = quarters.next(first, 2);
		assertThat(fourth.start()).isEqualTo(ottawa(2027, 1, 1));
		assertThat(fourth.end()).isEqualTo(ottawa(2027, 4, 1));
		assertThat(fourth.closesReportYear()).isTrue();
		assertThat(quarters.next(fourth, 3).reportYear()).isEqualTo("FY 2027-2028");
	}

	@Test
	void shouldSplitAsiasYearInTwoHalves() {
		PeriodCalendar halves = new PeriodCalendar(ReportingPeriod.of("P6M"), 4);
		PeriodBounds first = halves.first(ottawa(2026, 5, 3));
		assertThat(first.start()).isEqualTo(ottawa(2026, 4, 1));
		assertThat(first.end()).isEqualTo(ottawa(2026, 10, 1));
		assertThat(halves.first(ottawa(2027, 2, 10)).start()).isEqualTo(ottawa(2026, 10, 1));
	}

	@Test
	void shouldRunShortPeriodsBackToBackAndCloseAReportYearEveryFewPeriods() {
		PeriodCalendar seconds = new PeriodCalendar(ReportingPeriod.of("PT5S"), 2);
		Instant start = Instant.parse("2026-11-21T10:00:00Z");
		PeriodBounds first = seconds.first(start);
		PeriodBounds second = seconds.next(first, 2);
		PeriodBounds third = seconds.next(second, 3);
		assertThat(List.of(first.start(), second.start(), third.start())).containsExactly(start,
				start.plusSeconds(5), start.plusSeconds(10));
		assertThat(List.of(first.closesReportYear(), second.closesReportYear(), third.closesReportYear()))
			.containsExactly(false, true, false);
		assertThat(third.reportYear()).isEqualTo("periods 3-4");
		assertThat(Duration.between(third.start(), third.end())).hasSeconds(5);
	}

}
