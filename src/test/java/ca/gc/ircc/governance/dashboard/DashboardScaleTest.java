package ca.gc.ircc.governance.dashboard;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ca.gc.ircc.governance.identity.CurrentUser;
import ca.gc.ircc.governance.support.BrowserSession;
import ca.gc.ircc.governance.support.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard with 200 contributors, 20 periods and 20,000 activities in one action plan: the page
 * renders in one request, and the number of queries behind it does not grow with the data.
 */
@IntegrationTest
class DashboardScaleTest {

	private static final int CONTRIBUTORS = 200;

	private static final int PERIODS = 20;

	private static final int ACTIVITIES_PER_UPDATE = 5;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DashboardReports reports;

	@Autowired
	DashboardProperties properties;

	@Autowired
	ProcessEngine engine;

	final String prefix = "scale-" + UUID.randomUUID().toString().substring(0, 8);

	final String planKey = prefix.toUpperCase() + "-AP";

	@Test
	void shouldRenderTheDashboardOfALargePlanWithAFixedNumberOfQueries() {
		CurrentUser iir = new CurrentUser("scale-test", Set.of("iir"));
		int before = QueryCounter.count(() -> reports.view(iir)).statements();

		insertLargePlan();

		QueryCounter.Counted<DashboardView> counted = QueryCounter.count(() -> reports.view(iir));
		assertThat(counted.statements()).as("queries behind the dashboard, with a plan of 20,000 activities")
			.isEqualTo(before)
			.isBetween(4, 12);
		DashboardView.ComplianceGrid grid = counted.result()
			.compliance()
			.stream()
			.filter(g -> g.businessKey().equals(planKey))
			.findFirst()
			.orElseThrow();
		assertThat(grid.rows()).hasSize(CONTRIBUTORS);
		assertThat(grid.periods()).hasSize(properties.compliancePeriods()).last().isEqualTo(PERIODS);
		DashboardView.IndicatorRollup rollup = counted.result()
			.indicators()
			.stream()
			.filter(r -> r.businessKey().equals(planKey))
			.findFirst()
			.orElseThrow();
		// the last 8 periods, 4 priorities each; every period holds 200 × 5 activities
		assertThat(rollup.rows()).hasSize(properties.compliancePeriods() * 4);
		assertThat(rollup.rows().stream().filter(r -> r.period() == PERIODS).mapToInt(DashboardView.IndicatorRow::activities)
			.sum()).isEqualTo(CONTRIBUTORS * ACTIVITIES_PER_UPDATE);
		DashboardView.IndicatorRow first = rollup.rows().get(0);
		assertThat(first.small() + first.medium() + first.large()).isEqualTo(first.activities());
		assertThat(first.citations()).isEqualTo(2 * first.activities());

		String user = new DashboardScenario(engine).newUser("iir");
		BrowserSession browser = new BrowserSession(port);
		assertThat(browser.logIn(user, DashboardScenario.PASSWORD).statusCode()).isEqualTo(302);
		HttpResponse<String> page = browser.get("/dashboard");
		assertThat(page.statusCode()).isEqualTo(200);
		Document html = Jsoup.parse(page.body());
		Element planGrid = html.getElementById("plan-" + planKey);
		assertThat(planGrid.select("tbody tr")).hasSize(CONTRIBUTORS);
		assertThat(html.getElementById("indicators-" + planKey).select("tbody tr")).hasSize(properties.compliancePeriods() * 4);
	}

	/** One open plan of the Americas, straight into the tables (the engine plays no part in the dashboard's read). */
	private void insertLargePlan() {
		List<Object[]> organizations = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < CONTRIBUTORS; i++) {
			String code = prefix + "-" + i;
			codes.add(code);
			organizations.add(new Object[] { code, "Scale test mission " + i, "Mission d'essai " + i, code + "@example.org" });
		}
		jdbc.batchUpdate("INSERT INTO organization (code, name_en, name_fr, kind, region, time_zone, email) "
				+ "VALUES (?, ?, ?, 'MISSION', 'AMERICAS', 'America/Bogota', ?)", organizations);
		Instant start = Instant.now().minus(PERIODS, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		jdbc.update("INSERT INTO action_plan (business_key, strategy_code, reporting_period, contributors, status, started_at) "
				+ "VALUES (?, 'AMERICAS', 'P1D', ?, 'OPEN', ?)", planKey, String.join(",", codes), Timestamp.from(start));
		long planId = jdbc.queryForObject("SELECT id FROM action_plan WHERE business_key = ?", Long.class, planKey);
		List<Object[]> periods = new ArrayList<>();
		for (int p = 1; p <= PERIODS; p++) {
			Instant from = start.plus(p - 1L, ChronoUnit.DAYS);
			periods.add(new Object[] { planId, p, Timestamp.from(from), Timestamp.from(from.plus(1, ChronoUnit.DAYS)),
					Timestamp.from(from.plus(2, ChronoUnit.DAYS)), "periods " + p });
		}
		jdbc.batchUpdate("INSERT INTO action_plan_period (action_plan_id, number, starts_at, ends_at, due_at, report_year, "
				+ "closes_report_year) VALUES (?, ?, ?, ?, ?, ?, FALSE)", periods);
		jdbc.update("""
				INSERT INTO action_plan_submission (period_id, contributor, status, submitted_at, submitted_by, late)
				SELECT p.id, o.code, 'ACCEPTED', p.ends_at, 'scale-test', FALSE
				FROM action_plan_period p, organization o
				WHERE p.action_plan_id = ? AND o.code LIKE ?
				""", planId, prefix + "-%");
		for (int position = 0; position < ACTIVITIES_PER_UPDATE; position++) {
			jdbc.update("""
					INSERT INTO action_plan_activity (submission_id, position, priority, title, partner, activity_date,
					    participants, event_size, role, citations, outcome)
					SELECT s.id, ?, MOD(s.id + ?, 4) + 1, 'Scale test activity', 'Colombia', DATE '2026-06-01',
					    25, 'MEDIUM', 'LEAD', 'Source one' || CHR(10) || 'Source two', 'An outcome'
					FROM action_plan_submission s JOIN action_plan_period p ON p.id = s.period_id
					WHERE p.action_plan_id = ?
					""", position, position, planId);
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM action_plan_activity a JOIN action_plan_submission s "
				+ "ON s.id = a.submission_id JOIN action_plan_period p ON p.id = s.period_id WHERE p.action_plan_id = ?",
				Integer.class, planId)).isEqualTo(CONTRIBUTORS * PERIODS * ACTIVITIES_PER_UPDATE);
	}

	@AfterEach
	void removeLargePlan() {
		String periodsOfPlan = "SELECT p.id FROM action_plan_period p JOIN action_plan ap ON ap.id = p.action_plan_id "
				+ "WHERE ap.business_key = ?";
		jdbc.update("DELETE FROM action_plan_activity WHERE submission_id IN (SELECT id FROM action_plan_submission "
				+ "WHERE period_id IN (" + periodsOfPlan + "))", planKey);
		jdbc.update("DELETE FROM action_plan_submission WHERE period_id IN (" + periodsOfPlan + ")", planKey);
		jdbc.update("DELETE FROM action_plan_period WHERE action_plan_id IN (SELECT id FROM action_plan WHERE business_key = ?)",
				planKey);
		jdbc.update("DELETE FROM action_plan WHERE business_key = ?", planKey);
		jdbc.update("DELETE FROM organization WHERE code LIKE ?", prefix + "-%");
	}

}
