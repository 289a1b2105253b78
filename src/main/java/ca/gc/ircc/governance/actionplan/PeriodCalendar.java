package ca.gc.ircc.governance.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import ca.gc.ircc.governance.strategy.ReportingPeriod;

/**
 * Lays out reporting periods. Periods of months follow the Government of Canada fiscal year (April 1
 * to March 31, in Ottawa time): the first period is the one the action plan starts in, and a report
 * year is a fiscal year, closed by the period that ends on March 31. Periods of days, hours or
 * seconds run back to back from the start, and a report year is a run of {@code shortPeriodsPerYear}
 * periods (periods 1-4, 5-8, ...), so that a demo or a test sees annual reports too.
 */
final class PeriodCalendar {

	static final ZoneId OTTAWA = ZoneId.of("America/Toronto");

	private final ReportingPeriod period;

	private final int shortPeriodsPerYear;

	PeriodCalendar(ReportingPeriod period, int shortPeriodsPerYear) {
		this.period = period;
		this.shortPeriodsPerYear = shortPeriodsPerYear;
	}

	/** The first period of an action plan that starts at {@code start}. */
	PeriodBounds first(Instant start) {
		if (!period.isFiscal()) {
			return shortPeriod(1, start);
		}
		LocalDate day = start.atZone(OTTAWA).toLocalDate();
		LocalDate fiscalYearStart = fiscalYearStart(day);
		int monthsIntoYear = (int) java.time.temporal.ChronoUnit.MONTHS.between(fiscalYearStart, day.withDayOfMonth(1));
		int index = monthsIntoYear / period.months();
		return fiscalPeriod(fiscalYearStart.plusMonths((long) index * period.months()));
	}

	/** The period after {@code previous}, numbered {@code number}. */
	PeriodBounds next(PeriodBounds previous, int number) {
		if (!period.isFiscal()) {
			return shortPeriod(number, previous.end());
		}
		return fiscalPeriod(previous.end().atZone(OTTAWA).toLocalDate());
	}

	private PeriodBounds shortPeriod(int number, Instant start) {
		int year = (number - 1) / shortPeriodsPerYear;
		String reportYear = "periods " + (year * shortPeriodsPerYear + 1) + "-" + ((year + 1) * shortPeriodsPerYear);
		return new PeriodBounds(start, start.plus(period.duration()), reportYear, number % shortPeriodsPerYear == 0);
	}

	private PeriodBounds fiscalPeriod(LocalDate firstDay) {
		LocalDate nextFirstDay = firstDay.plusMonths(period.months());
		int fiscalYear = fiscalYearStart(firstDay).getYear();
		boolean endsOnMarch31 = nextFirstDay.getMonthValue() == 4 && nextFirstDay.getDayOfMonth() == 1;
		return new PeriodBounds(atStartOfDay(firstDay), atStartOfDay(nextFirstDay),
				"FY " + fiscalYear + "-" + (fiscalYear + 1), endsOnMarch31);
	}

	/** April 1 of the fiscal year {@code day} falls in. */
	static LocalDate fiscalYearStart(LocalDate day) {
		int year = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
		return LocalDate.of(year, 4, 1);
	}

	private static Instant atStartOfDay(LocalDate day) {
		return ZonedDateTime.of(day.atStartOfDay(), OTTAWA).toInstant();
	}

}
