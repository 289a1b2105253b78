package ca.gc.ircc.governance.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock, moved by a test to any moment; time keeps flowing from there. */
public final class MutableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	public void set(Instant now) {
		offset = Duration.between(Instant.now(), now);
	}

	public void reset() {
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
