package ca.gc.ircc.governance.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/** Client threads that each repeat one unit of work for a fixed time; what counts is what finished in time. */
final class ClientLoad {

	/** One client's unit of work (a whole consultation round), run again and again. */
	@FunctionalInterface
	interface Work {

		void run() throws Exception;

	}

	/** What the database counts: the work the units made it do. */
	@FunctionalInterface
	interface DatabaseCounter {

		BenchDatabase.Activity activity() throws Exception;

		DatabaseCounter NONE = () -> new BenchDatabase.Activity(0, 0);

	}

	record Result(int threads, long units, double seconds, BenchDatabase.Activity database) {

		double perSecond() {
			return units / seconds;
		}

		double commitsPerSecond() {
			return database.commits() / seconds;
		}

		double rowsWrittenPerUnit() {
			return units == 0 ? 0 : (double) database.rowsWritten() / units;
		}

		/** This and another window of the same load, as one. */
		Result plus(Result other) {
			return new Result(threads, units + other.units, seconds + other.seconds, database.plus(other.database));
		}

	}

	private ClientLoad() {
	}

	/**
	 * @param name the client threads' name, for a profiler's recording
	 * @param workOfThread the work of client thread i (0-based), created before the clock starts
	 */
	static Result run(String name, int threads, Duration duration, IntFunction<Work> workOfThread,
			DatabaseCounter counter) throws Exception {
		List<Work> works = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			works.add(workOfThread.apply(i));
		}
		CountDownLatch start = new CountDownLatch(1);
		AtomicLong done = new AtomicLong();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		long[] window = new long[2];
		List<Thread> clients = new ArrayList<>();
		for (Work work : works) {
			Thread client = new Thread(() -> {
				try {
					start.await();
					while (failure.get() == null) {
						work.run();
						if (System.nanoTime() > window[1]) {
							return;
						}
						done.incrementAndGet();
					}
				}
				catch (Throwable ex) {
					failure.compareAndSet(null, ex);
				}
			}, name + "-" + clients.size());
			clients.add(client);
			client.start();
		}
		BenchDatabase.Activity before = counter.activity();
		window[0] = System.nanoTime();
		window[1] = window[0] + duration.toNanos();
		start.countDown();
		Thread.sleep(duration.toMillis());
		long units = done.get();
		BenchDatabase.Activity after = counter.activity();
		double seconds = (System.nanoTime() - window[0]) / 1e9;
		for (Thread client : clients) {
			client.join();
		}
		if (failure.get() != null) {
			throw new IllegalStateException("A bench client failed", failure.get());
		}
		return new Result(threads, units, seconds, after.minus(before));
	}

}
