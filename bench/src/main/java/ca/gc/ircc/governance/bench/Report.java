package ca.gc.ircc.governance.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The bench's one table, in Markdown, with the targets and whether this run met them. */
final class Report {

	private final BenchSettings.Scale scale;

	private final Map<String, String> settings = new LinkedHashMap<>();

	private final List<String[]> rows = new ArrayList<>();

	private String ceilingMethod;

	private Map<Integer, Double> ceiling = Map.of();

	private Map<Integer, ClientLoad.Result> bare = Map.of();

	private Map<Integer, ClientLoad.Result> application = Map.of();

	private int openTasks;

	private int historicTasks;

	private Latencies missionTaskList;

	private Latencies iirTaskList;

	private Latencies missionEngineTaskList;

	private Latencies iirEngineTaskList;

	private ReminderSweep.Result sweep;

	private BareReminderSweep.Result bareSweep;

	private int dashboardActivities;

	private Latencies dashboard;

	Report(BenchSettings.Scale scale) {
		this.scale = scale;
	}

	void setting(String name, String value) {
		settings.put(name, value);
	}

	void ceiling(String method, Map<Integer, Double> tps) {
		this.ceilingMethod = method;
		this.ceiling = tps;
	}

	void bare(Map<Integer, ClientLoad.Result> results) {
		this.bare = results;
	}

	void application(Map<Integer, ClientLoad.Result> results) {
		this.application = results;
	}

	void volume(int openTasks, int historicTasks) {
		this.openTasks = openTasks;
		this.historicTasks = historicTasks;
	}

	void taskList(Latencies mission, Latencies iir, Latencies missionEngine, Latencies iirEngine) {
		this.missionTaskList = mission;
		this.iirTaskList = iir;
		this.missionEngineTaskList = missionEngine;
		this.iirEngineTaskList = iirEngine;
	}

	void sweep(ReminderSweep.Result result) {
		this.sweep = result;
	}

	void bareSweep(BareReminderSweep.Result result) {
		this.bareSweep = result;
	}

	void dashboard(int activities, Latencies latencies) {
		this.dashboardActivities = activities;
		this.dashboard = latencies;
	}

	Map<Integer, ClientLoad.Result> application() {
		return application;
	}

	Map<Integer, ClientLoad.Result> bare() {
		return bare;
	}

	Map<Integer, Double> ceiling() {
		return ceiling;
	}

	ReminderSweep.Result sweep() {
		return sweep;
	}

	BareReminderSweep.Result bareSweep() {
		return bareSweep;
	}

	Latencies missionEngineTaskList() {
		return missionEngineTaskList;
	}

	Latencies dashboard() {
		return dashboard;
	}

	Latencies missionTaskList() {
		return missionTaskList;
	}

	int openTasks() {
		return openTasks;
	}

	String render() {
		String threads = scale.threads().stream().map(String::valueOf).collect(Collectors.joining(" / "));
		row("1", "Consultation rounds/s through the application (" + threads + " threads)",
				perThreads(application, r -> "%.1f".formatted(r.perSecond())), "", "");
		row("1", "… database commits/s meanwhile", perThreads(application, r -> "%.0f".formatted(r.commitsPerSecond())), "", "");
		row("1", "… rows written per round", perThreads(application, r -> "%.0f".formatted(r.rowsWrittenPerUnit())), "", "");
		row("2", "Consultation rounds/s on the bare engine (" + threads + " threads)",
				perThreads(bare, r -> "%.1f".formatted(r.perSecond())), "", "");
		row("2", "… database commits/s meanwhile", perThreads(bare, r -> "%.0f".formatted(r.commitsPerSecond())), "", "");
		row("2", "… rows written per round", perThreads(bare, r -> "%.0f".formatted(r.rowsWrittenPerUnit())), "", "");
		row("2", "PostgreSQL commit ceiling, tx/s (" + threads + " clients)",
				ceiling.values().stream().map(tps -> "%.0f".formatted(tps)).collect(Collectors.joining(" / ")), "", "");
		Double atFour = ratio(4);
		row("2", "Application ÷ bare engine, rounds/s", scale.threads().stream()
			.map(this::ratio)
			.map(r -> r == null ? "–" : "%.0f %%".formatted(100 * r))
			.collect(Collectors.joining(" / ")), "≥ 70 % at 4 threads", atFour == null ? "–" : met(atFour >= 0.70));
		row("2", "Application's commits ÷ PostgreSQL's ceiling", scale.threads().stream().map(t -> {
			ClientLoad.Result result = application.get(t);
			Double tps = ceiling.get(t);
			return result == null || tps == null ? "–" : "%.0f %%".formatted(100 * result.commitsPerSecond() / tps);
		}).collect(Collectors.joining(" / ")), "", "");
		if (missionTaskList != null) {
			row("3", "Task list of a mission user: p50 / p95 / p99", latencies(missionTaskList), "p95 < 25 ms",
					met(missionTaskList.percentileMillis(95) < 25));
			row("3", "… the engine's share (the filter's page and count, Java API, no HTTP)", latencies(missionEngineTaskList),
					"", "");
			row("3", "Task list of an IIR user: p50 / p95 / p99", latencies(iirTaskList), "", "");
			row("3", "… the engine's share (the filter's page and count, Java API, no HTTP)", latencies(iirEngineTaskList),
					"", "");
		}
		if (sweep != null) {
			row("4", "Reminder sweep: %,d reminders due at once (%,d plans' period timers)".formatted(sweep.reminders(),
					sweep.timers()),
					"last delivered after %.1f s (timers fired after %.1f s); %,d delivered, %d duplicates"
						.formatted(sweep.lastDeliveredSeconds(), sweep.jobsDoneSeconds(), sweep.delivered(), sweep.duplicates()),
					"< 60 s, none twice", met(sweep.lastDeliveredSeconds() < 60 && sweep.duplicates() == 0
							&& sweep.distinct() == sweep.reminders()));
		}
		if (bareSweep != null) {
			row("4", "Bare engine, the same BPMN without application code: %,d period timers of %,d awaited updates due at once"
				.formatted(bareSweep.timers(), bareSweep.reminders()), "all fired after %.1f s".formatted(bareSweep.firedSeconds()),
					"", "");
		}
		if (dashboard != null) {
			row("5", "Dashboard main page (IIR): p50 / p95 / p99", latencies(dashboard), "p95 < 300 ms",
					met(dashboard.percentileMillis(95) < 300));
		}
		StringBuilder out = new StringBuilder();
		out.append("### Benchmark, scale ").append(scale.name()).append(", ").append(Bench.today()).append("\n\n");
		settings.forEach((name, value) -> out.append("- ").append(name).append(": ").append(value).append('\n'));
		out.append("- Commit ceiling measured with ").append(ceilingMethod).append('\n');
		out.append("- Task-list volume: %,d open tasks, %,d completed tasks in the history\n".formatted(openTasks, historicTasks));
		out.append("- Dashboard volume: one plan of %d contributors × %d periods, %,d activities\n"
			.formatted(scale.contributors(), scale.dashboardPeriods(), dashboardActivities));
		out.append('\n');
		out.append("| # | Measure | Result | Target | Met |\n|---|---|---|---|---|\n");
		for (String[] row : rows) {
			out.append("| ").append(String.join(" | ", row)).append(" |\n");
		}
		return out.toString();
	}

	private Double ratio(int threads) {
		ClientLoad.Result app = application.get(threads);
		ClientLoad.Result engine = bare.get(threads);
		return app == null || engine == null || engine.perSecond() == 0 ? null : app.perSecond() / engine.perSecond();
	}

	private void row(String number, String measure, String result, String target, String met) {
		rows.add(new String[] { number, measure, result, target, met });
	}

	private String perThreads(Map<Integer, ClientLoad.Result> results, Function<ClientLoad.Result, String> format) {
		return results.values().stream().map(format).collect(Collectors.joining(" / "));
	}

	private static String latencies(Latencies latencies) {
		return "%.1f / %.1f / %.1f ms".formatted(latencies.percentileMillis(50), latencies.percentileMillis(95),
				latencies.percentileMillis(99));
	}

	private static String met(boolean met) {
		return met ? "yes" : "**no**";
	}

}
