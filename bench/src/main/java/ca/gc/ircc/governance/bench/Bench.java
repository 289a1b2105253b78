package ca.gc.ircc.governance.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * The benchmark of issue 8: {@code ./mvnw -Pbench verify}. Measures, in one run on one PostgreSQL
 * server: PostgreSQL's commit ceiling, consultation rounds on the bare engine and through the
 * application, Tasklist's task list, a reminder sweep and the dashboard; prints one table and writes
 * it to {@code target/bench/results.md}.
 */
public final class Bench {

	private static final String BARE_DATABASE = "bench_bare";

	private final BenchSettings settings;

	private final BenchSettings.Scale scale;

	private final Report report;

	private Bench(BenchSettings settings) {
		this.settings = settings;
		this.scale = settings.scale();
		this.report = new Report(scale);
	}

	public static void main(String[] args) throws Exception {
		BenchSettings settings = BenchSettings.fromSystemProperties();
		String table = measure(settings).render();
		System.out.println();
		System.out.println(table);
		Path results = settings.output().resolve("results.md");
		Files.writeString(results, table);
		log("Written to " + results);
		// the application and the engines are closed; what is left (the embedded server's log pipes) need not be waited for
		System.exit(0);
	}

	/** Runs the phases the settings ask for and returns their results. */
	static Report measure(BenchSettings settings) throws Exception {
		quietLogging();
		Files.createDirectories(settings.output());
		Bench bench = new Bench(settings);
		bench.run();
		return bench.report;
	}

	private void run() throws Exception {
		int maxThreads = scale.threads().stream().mapToInt(Integer::intValue).max().orElse(1);
		try (BenchDatabase database = BenchDatabase.open(settings)) {
			report.setting("Database", database.describe());
			if (!settings.applicationArguments().isEmpty()) {
				report.setting("Application arguments", String.join(" ", settings.applicationArguments()));
			}
			report.setting("Machine", Runtime.getRuntime().availableProcessors() + " CPUs, Java "
					+ System.getProperty("java.version") + ", heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
			if (settings.runs("ceiling")) {
				measureCeiling(database);
			}
			if (settings.runs("bare-sweep")) {
				measureBareSweep(database);
			}
			boolean bareBesideApplication = settings.runs("bare") && settings.runs("rounds");
			if (settings.runs("bare") && !bareBesideApplication) {
				measureBareEngine(database);
			}
			GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			smtp.start();
			log("Starting the application");
			try (BenchApplication application = BenchApplication.start(database, scale, maxThreads,
					smtp.getSmtp().getPort(), settings.applicationArguments())) {
				if (bareBesideApplication) {
					profiled("rounds", () -> measureRoundsInTurn(database, application));
				}
				else if (settings.runs("rounds")) {
					profiled("rounds", () -> measureApplication(database, application));
				}
				if (settings.runs("dashboard")) {
					profiled("dashboard", () -> measureDashboard(database, application));
				}
				OpenTasks openTasks = new OpenTasks(application, database, scale);
				if (settings.runs("tasklist") || settings.runs("sweep")) {
					profiled("seeding", () -> seedOpenTasks(openTasks));
					// the seeding's 11,000 task-available mails go out first: measured while they are
					// being sent, the task list would share the two cores with the dispatcher
					log("Waiting for the outbox to send the seeding's mails");
					new ReminderSweep(database, smtp).awaitEmptyOutbox(Duration.ofMinutes(15));
				}
				if (settings.runs("tasklist")) {
					profiled("tasklist", () -> measureTaskList(openTasks));
				}
				if (settings.runs("sweep")) {
					profiled("sweep", () -> measureSweep(database, smtp, openTasks));
				}
			}
			finally {
				smtp.stop();
			}
		}
	}

	private void measureCeiling(BenchDatabase database) throws Exception {
		CommitCeiling ceiling = new CommitCeiling(database);
		log("PostgreSQL commit ceiling: " + ceiling.method());
		ceiling.prepare();
		Map<Integer, Double> perThreads = new LinkedHashMap<>();
		for (int threads : scale.threads()) {
			perThreads.put(threads, ceiling.measure(threads, scale.measure()));
			log("  %d clients: %.0f tx/s".formatted(threads, perThreads.get(threads)));
		}
		ceiling.drop();
		report.ceiling(ceiling.method(), perThreads);
	}

	private void measureBareEngine(BenchDatabase database) throws Exception {
		log("Bare engine: strategy-review.bpmn without application code");
		database.createDatabase(BARE_DATABASE);
		try (BareEngine bare = BareEngine.start(database, BARE_DATABASE, 20)) {
			report.bare(rounds("bench-bare", bareRounds(bare), () -> database.activity(BARE_DATABASE)));
		}
		database.dropDatabase(BARE_DATABASE);
	}

	/**
	 * The bare engine's rounds and the application's in turns, so that both meet the same machine: on a
	 * shared machine whose speed drifts within minutes, measured one after the other they did not (the
	 * bare engine's rate moved by a third between runs of the same code, and the ratio with it). At each
	 * thread count, {@code turns} windows per side, each side first in every other turn.
	 */
	private Void measureRoundsInTurn(BenchDatabase database, BenchApplication application) throws Exception {
		Duration window = scale.measure().dividedBy(scale.turns());
		log("Consultation rounds: the bare engine (strategy-review.bpmn without application code) and the application"
				+ " in turns, %d windows of %d s each".formatted(scale.turns(), window.toSeconds()));
		database.createDatabase(BARE_DATABASE);
		try (BareEngine bare = BareEngine.start(database, BARE_DATABASE, 20)) {
			Side bareSide = new Side("bench-bare", bareRounds(bare), () -> database.activity(BARE_DATABASE));
			Side applicationSide = new Side("bench-app", applicationRounds(application),
					() -> database.activity(BenchApplication.DATABASE));
			int warmupThreads = warmupThreads();
			bareSide.run(warmupThreads, scale.warmup());
			applicationSide.run(warmupThreads, scale.warmup());
			Map<Integer, ClientLoad.Result> bareResults = new LinkedHashMap<>();
			Map<Integer, ClientLoad.Result> applicationResults = new LinkedHashMap<>();
			for (int threads : scale.threads()) {
				for (int turn = 0; turn < scale.turns(); turn++) {
					boolean bareFirst = turn % 2 == 0;
					for (Side side : bareFirst ? List.of(bareSide, applicationSide) : List.of(applicationSide, bareSide)) {
						ClientLoad.Result result = side.run(threads, window);
						(side == bareSide ? bareResults : applicationResults).merge(threads, result, ClientLoad.Result::plus);
					}
				}
				logRounds("bare engine", bareResults.get(threads));
				logRounds("application", applicationResults.get(threads));
			}
			report.bare(bareResults);
			report.application(applicationResults);
		}
		database.dropDatabase(BARE_DATABASE);
		return null;
	}

	/** One side of the rounds measured in turns: its client threads' name, their work, its database's counts. */
	private record Side(String name, IntFunction<ClientLoad.Work> client, ClientLoad.DatabaseCounter commits) {

		ClientLoad.Result run(int threads, Duration duration) throws Exception {
			return ClientLoad.run(name, threads, duration, client, commits);
		}

	}

	private static IntFunction<ClientLoad.Work> bareRounds(BareEngine bare) {
		return thread -> new ConsultationRound(bare.engine, ConsultationRound.Mode.BARE, "BARE" + thread);
	}

	private static IntFunction<ClientLoad.Work> applicationRounds(BenchApplication application) {
		return thread -> new ConsultationRound(application.engine(), ConsultationRound.Mode.APPLICATION,
				BenchApplication.ROUND_STRATEGY + (thread + 1));
	}

	private void measureBareSweep(BenchDatabase database) throws Exception {
		log("Bare engine: the reminder timers of action-plan-collection.bpmn without application code, due at once");
		BareReminderSweep.Result result = new BareReminderSweep(database, scale).run();
		log("  %,d timers (%,d awaited updates) fired after %.1f s".formatted(result.timers(), result.reminders(),
				result.firedSeconds()));
		report.bareSweep(result);
	}

	private Void measureApplication(BenchDatabase database, BenchApplication application) throws Exception {
		log("Application: consultation rounds through the application");
		report.application(rounds("bench-app", applicationRounds(application),
				() -> database.activity(BenchApplication.DATABASE)));
		return null;
	}

	private Map<Integer, ClientLoad.Result> rounds(String name, IntFunction<ClientLoad.Work> client,
			ClientLoad.DatabaseCounter commits) throws Exception {
		ClientLoad.run(name, warmupThreads(), scale.warmup(), client, commits);
		Map<Integer, ClientLoad.Result> results = new LinkedHashMap<>();
		for (int threads : scale.threads()) {
			ClientLoad.Result result = ClientLoad.run(name, threads, scale.measure(), client, commits);
			results.put(threads, result);
			logRounds(null, result);
		}
		return results;
	}

	private int warmupThreads() {
		return Math.min(4, scale.threads().get(scale.threads().size() - 1));
	}

	private static void logRounds(String side, ClientLoad.Result result) {
		log("  %s%d threads: %.1f rounds/s, %.0f commits/s, %.0f rows written per round".formatted(
				side == null ? "" : side + ", ", result.threads(), result.perSecond(), result.commitsPerSecond(),
				result.rowsWrittenPerUnit()));
	}

	private Void measureDashboard(BenchDatabase database, BenchApplication application) throws Exception {
		int activities = new DashboardPlan(database, scale).record();
		log("Dashboard: a plan of " + scale.contributors() + " contributors, " + scale.dashboardPeriods() + " periods, "
				+ activities + " activities");
		WebSession iir = new WebSession(application.port).logIntoDashboard(ConsultationRound.userOf("iir"),
				BenchApplication.PASSWORD);
		String page = WebSession.expect(200, iir.get("/dashboard"), "the dashboard").body();
		if (!page.contains("plan-" + DashboardPlan.BUSINESS_KEY)) {
			throw new IllegalStateException("The dashboard does not show the plan " + DashboardPlan.BUSINESS_KEY);
		}
		Latencies latencies = Latencies.measure(scale.latencySamples() / 10, scale.latencySamples() / 2,
				() -> WebSession.expect(200, iir.get("/dashboard"), "the dashboard"));
		log("  " + latencies.summary());
		report.dashboard(activities, latencies);
		return null;
	}

	private Void seedOpenTasks(OpenTasks openTasks) throws Exception {
		long start = System.nanoTime();
		log("Open tasks: starting " + scale.plansOfOpenTasks() + " action plans of " + scale.contributors() + " contributors");
		openTasks.startPlans();
		log("  started in %.0f s; submitting the updates of %d plans".formatted((System.nanoTime() - start) / 1e9,
				scale.plansWithSubmissions()));
		openTasks.submitUpdates();
		int historic = openTasks.fillHistory();
		log("  %d open tasks, %d completed tasks in the history, after %.0f s".formatted(openTasks.openTasks(), historic,
				(System.nanoTime() - start) / 1e9));
		report.volume(openTasks.openTasks(), historic);
		return null;
	}

	private Void measureTaskList(OpenTasks openTasks) throws Exception {
		Latencies mission = openTasks.taskList(BenchApplication.mission(1), scale.latencySamples());
		log("Task list of a mission user: " + mission.summary());
		Latencies iir = openTasks.taskList("iir", scale.latencySamples());
		log("Task list of an IIR user: " + iir.summary());
		Latencies missionEngine = openTasks.engineTaskList(BenchApplication.mission(1), scale.latencySamples());
		log("  the engine's share for the mission user: " + missionEngine.summary());
		Latencies iirEngine = openTasks.engineTaskList("iir", scale.latencySamples());
		log("  the engine's share for the IIR user: " + iirEngine.summary());
		report.taskList(mission, iir, missionEngine, iirEngine);
		return null;
	}

	private Void measureSweep(BenchDatabase database, GreenMail smtp, OpenTasks openTasks) throws Exception {
		ReminderSweep sweep = new ReminderSweep(database, smtp);
		log("Reminder sweep");
		ReminderSweep.Result result = sweep.run(openTasks.plansWithoutSubmissions(), scale.sweepTimeout());
		log("  %d reminders (%d timers): timers fired after %.1f s, last delivered after %.1f s, %d delivered, %d duplicates"
			.formatted(result.reminders(), result.timers(), result.jobsDoneSeconds(), result.lastDeliveredSeconds(),
					result.delivered(), result.duplicates()));
		report.sweep(result);
		return null;
	}

	/** Runs a phase, under a JFR recording when {@code bench.jfr} is set. */
	private void profiled(String phase, Callable<Void> work) throws Exception {
		if (!settings.jfr()) {
			work.call();
			return;
		}
		try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
			recording.setName(phase);
			// every socket wait, however short: where a latency-bound thread (the outbox's sender) waits
			recording.enable("jdk.SocketRead").withThreshold(java.time.Duration.ZERO).withStackTrace();
			recording.enable("jdk.SocketWrite").withThreshold(java.time.Duration.ZERO).withStackTrace();
			recording.start();
			work.call();
			recording.stop();
			Path file = settings.output().resolve(phase + ".jfr");
			recording.dump(file);
			log("  JFR recording: " + file);
		}
	}

	/** The bench prints its own progress; the libraries only their warnings (Spring Boot's start keeps it so). */
	private static void quietLogging() {
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(ch.qos.logback.classic.Level.WARN);
	}

	static void log(String line) {
		System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + line);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static String today() {
		return LocalDate.now().toString();
	}

}
