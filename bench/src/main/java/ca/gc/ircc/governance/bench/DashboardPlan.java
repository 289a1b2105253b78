package ca.gc.ircc.governance.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The dashboard's volume: one open plan of {@code contributors} missions with {@code dashboardPeriods}
 * periods, each update accepted with {@code activitiesPerUpdate} activities, written straight into
 * the application's tables (the dashboard reads only those; twenty periods cannot pass through the
 * engine in a bench run).
 */
final class DashboardPlan {

	static final String BUSINESS_KEY = BenchApplication.DASHBOARD_STRATEGY + "-2021-R1-AP";

	private final BenchDatabase database;

	private final BenchSettings.Scale scale;

	DashboardPlan(BenchDatabase database, BenchSettings.Scale scale) {
		this.database = database;
		this.scale = scale;
	}

	/** @return the activities now recorded in the plan */
	int record() throws Exception {
		try (Connection connection = database.connect(BenchApplication.DATABASE)) {
			Instant start = Instant.now().minus(scale.dashboardPeriods() * 91L, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
			try (PreparedStatement plan = connection.prepareStatement("INSERT INTO action_plan (business_key, strategy_code, "
					+ "reporting_period, contributors, status, started_at) VALUES (?, ?, 'P3M', ?, 'OPEN', ?)")) {
				plan.setString(1, BUSINESS_KEY);
				plan.setString(2, BenchApplication.DASHBOARD_STRATEGY);
				plan.setString(3, String.join(",", BenchApplication.missions(scale.contributors())));
				plan.setTimestamp(4, Timestamp.from(start));
				plan.executeUpdate();
			}
			long planId = single(connection, "SELECT id FROM action_plan WHERE business_key = '" + BUSINESS_KEY + "'");
			try (PreparedStatement period = connection.prepareStatement("INSERT INTO action_plan_period (action_plan_id, "
					+ "number, starts_at, ends_at, due_at, report_year, closes_report_year) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
				for (int p = 1; p <= scale.dashboardPeriods(); p++) {
					Instant from = start.plus((p - 1) * 91L, ChronoUnit.DAYS);
					period.setLong(1, planId);
					period.setInt(2, p);
					period.setTimestamp(3, Timestamp.from(from));
					period.setTimestamp(4, Timestamp.from(from.plus(91, ChronoUnit.DAYS)));
					period.setTimestamp(5, Timestamp.from(from.plus(106, ChronoUnit.DAYS)));
					period.setString(6, "FY " + (2021 + (p - 1) / 4));
					period.setBoolean(7, p % 4 == 0);
					period.addBatch();
				}
				period.executeBatch();
			}
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("""
						INSERT INTO action_plan_submission (period_id, contributor, status, submitted_at, submitted_by, late)
						SELECT p.id, o.code, 'ACCEPTED', p.ends_at, 'bench', (o.code LIKE '%%7')
						FROM action_plan_period p, organization o
						WHERE p.action_plan_id = %d AND o.code LIKE 'mission-bench-%%'
						""".formatted(planId));
				for (int position = 0; position < scale.activitiesPerUpdate(); position++) {
					statement.executeUpdate("""
							INSERT INTO action_plan_activity (submission_id, position, priority, title, partner, activity_date,
							    participants, event_size, role, citations, outcome)
							SELECT s.id, %d, MOD(s.id + %d, 4) + 1, 'Bilateral dialogue on migration', 'Colombia',
							    CAST(s.submitted_at AS DATE) - 30, 25 + MOD(s.id, 200), 'MEDIUM', 'LEAD',
							    'Source one' || CHR(10) || 'Source two', 'Processing times down'
							FROM action_plan_submission s JOIN action_plan_period p ON p.id = s.period_id
							WHERE p.action_plan_id = %d
							""".formatted(position, position, planId));
				}
				statement.execute("ANALYZE");
			}
			return (int) single(connection, "SELECT COUNT(*) FROM action_plan_activity a JOIN action_plan_submission s "
					+ "ON s.id = a.submission_id JOIN action_plan_period p ON p.id = s.period_id WHERE p.action_plan_id = "
					+ planId);
		}
	}

	private static long single(Connection connection, String sql) throws Exception {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
