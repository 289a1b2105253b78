package ca.gc.ircc.governance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read from its source and kept for a configured time, then read again on the next use:
 * reference data that every mail or task needs (organizations, strategy names, a group's members),
 * where a change in the source may take that long to show. Kept per node; two threads that find it
 * stale at once may both read it, which is harmless.
 */
public final class KeptValue<T> {

	private final Supplier<T> source;

	private final Clock clock;

	private final Supplier<Duration> keepFor;

	private volatile Kept<T> kept;

	/** @param keepFor asked on every use, so that the configured time is the current one */
	public KeptValue(Supplier<T> source, Clock clock, Supplier<Duration> keepFor) {
		this.source = source;
		this.clock = clock;
		this.keepFor = keepFor;
	}

	public T get() {
		Kept<T> current = kept;
		Instant now = clock.instant();
		if (current == null || !now.isBefore(current.readAt().plus(keepFor.get()))) {
			current = read(now);
		}
		return current.value();
	}

	/** Reads the value again now, whatever its age. */
	public T reread() {
		return read(clock.instant()).value();
	}

	private Kept<T> read(Instant now) {
		Kept<T> read = new Kept<>(source.get(), now);
		kept = read;
		return read;
	}

	private record Kept<T>(T value, Instant readAt) {
	}

}
