package ca.gc.ircc.governance.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** What the bench runs against and at which volumes, from {@code -Dbench.*} system properties. */
record BenchSettings(String jdbcUrl, String jdbcUser, String jdbcPassword, Scale scale, boolean jfr, Path output,
		Set<String> phases, List<String> applicationArguments) {

	static final List<String> PHASES = List.of("ceiling", "bare", "bare-sweep", "rounds", "dashboard", "tasklist", "sweep");

	static BenchSettings fromSystemProperties() {
		String phases = System.getProperty("bench.phases", "").trim();
		for (String phase : phases.isEmpty() ? List.<String>of() : List.of(phases.split("\\s*,\\s*"))) {
			if (!PHASES.contains(phase)) {
				throw new IllegalArgumentException("bench.phases: no phase " + phase + "; the phases are " + PHASES);
			}
		}
		String arguments = System.getProperty("bench.app-args", "").trim();
		return new BenchSettings(System.getProperty("bench.jdbc-url", ""),
				System.getProperty("bench.jdbc-user", "postgres"), System.getProperty("bench.jdbc-password", ""),
				Scale.named(System.getProperty("bench.scale", "full")),
				Boolean.parseBoolean(System.getProperty("bench.jfr", "false")),
				Path.of(System.getProperty("bench.output", "target/bench")),
				phases.isEmpty() ? Set.copyOf(PHASES) : Set.of(phases.split("\\s*,\\s*")),
				arguments.isEmpty() ? List.of() : List.of(arguments.split("\\s+")));
	}

	/** {@code bench.phases}: a comma-separated subset of {@link #PHASES}, to measure one thing again quickly. */
	boolean runs(String phase) {
		return phases.contains(phase);
	}

	boolean embedded() {
		return jdbcUrl.isBlank();
	}

	/**
	 * The volumes. {@code full} is the issue's: 100,000 historic and 10,000 open tasks, 10,000 reminders,
	 * a plan of 200 contributors × 20 periods × 5 activities. {@code smoke} only shows that every phase works.
	 * The consultation rounds of the bare engine and of the application take {@code turns} turns each at
	 * every thread count, {@code measure} in all per side.
	 */
	record Scale(String name, List<Integer> threads, Duration warmup, Duration measure, int turns, int plansOfOpenTasks,
			int contributors, int plansWithSubmissions, int historicTasks, int dashboardPeriods,
			int activitiesPerUpdate, int latencySamples, Duration sweepTimeout) {

		static final Scale FULL = new Scale("full", List.of(1, 4, 8), Duration.ofSeconds(20), Duration.ofSeconds(30),
				3, 55, 200, 5, 100_000, 20, 5, 500, Duration.ofMinutes(10));

		static final Scale SMOKE = new Scale("smoke", List.of(1, 2), Duration.ofSeconds(2), Duration.ofSeconds(2), 1, 3, 10,
				1, 500, 3, 2, 20, Duration.ofMinutes(2));

		/** The smoke volumes with long throughput runs at 4 threads: for a profiler's recording (bench.jfr). */
		static final Scale PROFILE = new Scale("profile", List.of(4), Duration.ofSeconds(15), Duration.ofSeconds(40), 1, 3,
				10, 1, 500, 3, 2, 400, Duration.ofMinutes(2));

		/** Plans of full size but fewer of them (2,000 reminders): to try a setting in minutes, not in a quarter hour. */
		static final Scale MEDIUM = new Scale("medium", List.of(4), Duration.ofSeconds(10), Duration.ofSeconds(20), 1, 12,
				200, 2, 20_000, 5, 2, 200, Duration.ofMinutes(5));

		static Scale named(String name) {
			return switch (name) {
				case "full" -> FULL;
				case "smoke" -> SMOKE;
				case "profile" -> PROFILE;
				case "medium" -> MEDIUM;
				default -> throw new IllegalArgumentException("bench.scale must be full, medium, smoke or profile, not " + name);
			};
		}

		/** Open tasks: every contributor's update in every plan, plus IIR's reviews of the plans with submissions. */
		int openTasks() {
			return plansOfOpenTasks * contributors;
		}

		/** The reminders that come due at once: those of the plans nobody has submitted to. */
		int reminders() {
			return (plansOfOpenTasks - plansWithSubmissions) * contributors;
		}

		int dashboardActivities() {
			return contributors * dashboardPeriods * activitiesPerUpdate;
		}

	}

}
