package ca.gc.ircc.governance.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The reminder sweep's floor: as many plans of the same width as the application's sweep chases, on
 * the bare engine running the action plan's own BPMN without application code (no records, no mail);
 * each period's reminder timer comes due at once. Measured: the time until every one has fired, its
 * "Chase every update still awaited" and "Plan the next reminder" steps run and its next timer
 * written, as the application's sweep does before its mails.
 */
final class BareReminderSweep {

	/**
	 * @param reminders the updates awaited in those plans (the application would chase each)
	 * @param timers the reminder timers made due: one per plan's period
	 */
	record Result(int reminders, int timers, double firedSeconds) {
	}

	static final String DATABASE = "bench_bare_sweep";

	private final BenchDatabase database;

	private final BenchSettings.Scale scale;

	BareReminderSweep(BenchDatabase database, BenchSettings.Scale scale) {
		this.database = database;
		this.scale = scale;
	}

	Result run() throws Exception {
		database.createDatabase(DATABASE);
		try (BareEngine bare = BareEngine.start(database, DATABASE, 20)) {
			List<String> plans = startPlans(bare.engine, "action-plan-collection", "BARESWEEP");
			int reminders = ReminderSweep.awaitedUpdates(database, DATABASE, plans);
			long start = System.nanoTime();
			int timers = ReminderSweep.makeDue(database, DATABASE, plans);
			return new Result(reminders, timers, awaitFired(plans, start));
		}
		finally {
			database.dropDatabase(DATABASE);
		}
	}

	private double awaitFired(List<String> plans, long start) throws Exception {
		long deadline = start + scale.sweepTimeout().toNanos();
		while (ReminderSweep.dueTimers(database, DATABASE, plans) > 0) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Bare engine: reminder timers still due after " + scale.sweepTimeout());
			}
			Thread.sleep(100);
		}
		return (System.nanoTime() - start) / 1e9;
	}

	/** As many plans as the application's sweep chases, each with an update task per contributor. */
	private List<String> startPlans(ProcessEngine engine, String processKey, String keyPrefix) {
		int plans = scale.reminders() / scale.contributors();
		List<String> contributors = BenchApplication.missions(scale.contributors());
		Instant now = Instant.now();
		List<String> keys = new ArrayList<>();
		for (int i = 1; i <= plans; i++) {
			String key = keyPrefix + "%02d-AP".formatted(i);
			Map<String, Object> variables = new HashMap<>();
			variables.put("strategyCode", "BENCH");
			variables.put("contributors", Variables.objectValue(new ArrayList<>(contributors))
				.serializationDataFormat(Variables.SerializationDataFormats.JSON)
				.create());
			// what the application's "Start the reporting period" and "Prepare the update" steps set
			variables.put("periodNumber", 1);
			variables.put("periodEnd", Date.from(now.plus(Duration.ofDays(90))));
			variables.put("periodDue", Date.from(now.plus(Duration.ofDays(105))));
			variables.put("periodClosesReportYear", false);
			variables.put("updateDue", Date.from(now.plus(Duration.ofDays(105))));
			// and "Plan the next reminder": a point ahead (the bench makes the timers due); it stays set,
			// so a fired timer's successor waits for the same, later, point
			variables.put("reminderAt", Date.from(now.plus(Duration.ofDays(91))));
			engine.getRuntimeService().startProcessInstanceByKey(processKey, key, variables);
			keys.add(key);
		}
		return keys;
	}

}
