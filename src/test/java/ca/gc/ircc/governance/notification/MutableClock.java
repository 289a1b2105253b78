package ca.gc.ircc.governance.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock, moved by a test to any moment; time keeps flowing from there. */
final class MutableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	void set(Instant now) {
		offset = Duration.between(Instant.now(), now);
	}

	void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("UTC only");
	}

}
