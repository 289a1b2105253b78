package ca.gc.ircc.governance.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark, every phase at its smoke volumes, on an embedded PostgreSQL of its own: it runs from
 * a clean build, its counts add up and its table has every row. No time is asserted (numbers come
 * from the bench run itself, docs/performance.md); a whole application of its own means its own JVM.
 */
@Tag("own-jvm")
class BenchSmokeTest {

	@Test
	void shouldRunEveryPhaseAndPrintTheTable(@TempDir Path output) throws Exception {
		BenchSettings.Scale scale = BenchSettings.Scale.SMOKE;
		BenchSettings settings = new BenchSettings("", "postgres", "", scale, false, output,
				Set.copyOf(BenchSettings.PHASES), List.of());

		Report report = Bench.measure(settings);

		assertThat(report.ceiling()).containsOnlyKeys(scale.threads()).allSatisfy((threads, tps) -> assertThat(tps).isPositive());
		assertThat(report.bare()).containsOnlyKeys(scale.threads())
			.allSatisfy((threads, result) -> assertThat(result.units()).isPositive());
		assertThat(report.application()).containsOnlyKeys(scale.threads())
			.allSatisfy((threads, result) -> assertThat(result.units()).isPositive());
		// every contributor's update, and IIR's review of each update submitted
		assertThat(report.openTasks()).isEqualTo(scale.openTasks());
		assertThat(report.sweep().reminders()).isEqualTo(scale.reminders());
		assertThat(report.sweep().delivered()).isEqualTo(scale.reminders());
		assertThat(report.sweep().distinct()).isEqualTo(scale.reminders());
		assertThat(report.sweep().duplicates()).isZero();
		assertThat(report.sweep().timers()).isEqualTo(scale.reminders() / scale.contributors());
		assertThat(report.bareSweep().reminders()).isEqualTo(scale.reminders());
		assertThat(report.bareSweep().timers()).isEqualTo(scale.reminders() / scale.contributors());
		assertThat(report.missionEngineTaskList().percentileMillis(50)).isPositive();
		assertThat(report.render()).contains("| 1 | Consultation rounds/s through the application",
				"| 2 | Consultation rounds/s on the bare engine", "| 2 | PostgreSQL commit ceiling",
				"| 3 | Task list of a mission user", "the engine's share", "| 4 | Reminder sweep: 20 reminders due at once",
				"| 4 | Bare engine, the same BPMN without application code: ",
				"| 5 | Dashboard main page");
	}

}
