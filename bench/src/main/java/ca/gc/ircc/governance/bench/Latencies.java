package ca.gc.ircc.governance.bench;

import java.util.Arrays;

/** Response times of one kind of request, taken one after another, and their percentiles. */
final class Latencies {

	private final long[] nanos;

	private int count;

	Latencies(int samples) {
		this.nanos = new long[samples];
	}

	/** Times one request; a request that fails stops the bench, since a fast error is no answer. */
	void time(ClientLoad.Work request) throws Exception {
		long start = System.nanoTime();
		request.run();
		record(System.nanoTime() - start);
	}

	void record(long elapsedNanos) {
		nanos[count++] = elapsedNanos;
	}

	double percentileMillis(double percentile) {
		long[] sorted = Arrays.copyOf(nanos, count);
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	String summary() {
		return "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d requests)".formatted(percentileMillis(50),
				percentileMillis(95), percentileMillis(99), count);
	}

	/** Runs warm-up requests, then times the rest. */
	static Latencies measure(int warmup, int samples, ClientLoad.Work request) throws Exception {
		for (int i = 0; i < warmup; i++) {
			request.run();
		}
		Latencies latencies = new Latencies(samples);
		for (int i = 0; i < samples; i++) {
			latencies.time(request);
		}
		return latencies;
	}

}
