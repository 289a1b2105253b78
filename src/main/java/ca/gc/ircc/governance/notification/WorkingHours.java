package ca.gc.ircc.governance.notification;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Office hours of a mission: 09:00 to 17:00, Monday to Friday, in its own time zone. */
final class WorkingHours {

	static final LocalTime OPENS = LocalTime.of(9, 0);

	static final LocalTime CLOSES = LocalTime.of(17, 0);

	private WorkingHours() {
	}

	/** The given moment if it falls in working hours, else the next opening. */
	static Instant nextWorkingMoment(Instant moment, ZoneId zone) {
		ZonedDateTime local = moment.atZone(zone);
		if (isWorkingDay(local) && !local.toLocalTime().isBefore(OPENS) && local.toLocalTime().isBefore(CLOSES)) {
			return moment;
		}
		ZonedDateTime opening = local.toLocalTime().isBefore(OPENS) ? local.with(OPENS) : local.plusDays(1).with(OPENS);
		while (!isWorkingDay(opening)) {
			opening = opening.plusDays(1).with(OPENS);
		}
		return opening.toInstant();
	}

	private static boolean isWorkingDay(ZonedDateTime local) {
		DayOfWeek day = local.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

}
