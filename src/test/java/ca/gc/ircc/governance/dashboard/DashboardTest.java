package ca.gc.ircc.governance.dashboard;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ca.gc.ircc.governance.actionplan.ActionPlanProcess;
import ca.gc.ircc.governance.review.ReviewProcess;
import ca.gc.ircc.governance.support.BrowserSession;
import ca.gc.ircc.governance.support.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard over HTTP: its login (shared with Tasklist) and what each kind of user sees. */
@IntegrationTest
class DashboardTest {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	DashboardScenario scenario;

	@BeforeEach
	void setUp() {
		scenario = new DashboardScenario(engine);
	}

	@Test
	void shouldSendAnAnonymousVisitorToTheLoginForm() {
		HttpResponse<String> page = new BrowserSession(port).get("/dashboard");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard/login");
	}

	@Test
	void shouldRefuseALoginWithoutTheFormsTokenOrWithAWrongPassword() {
		String user = scenario.newUser("iir");
		BrowserSession browser = new BrowserSession(port);
		browser.get("/dashboard/login");
		HttpResponse<String> forged = browser.postForm("/dashboard/login",
				Map.of("username", user, "password", DashboardScenario.PASSWORD, "_csrf", "forged"));
		assertThat(forged.statusCode()).isEqualTo(403);
		HttpResponse<String> noToken = new BrowserSession(port).postForm("/dashboard/login",
				Map.of("username", user, "password", DashboardScenario.PASSWORD));
		assertThat(noToken.statusCode()).isEqualTo(403);
		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(302);

		HttpResponse<String> wrong = browser.logIn(user, "not-the-password");
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(Jsoup.parse(wrong.body()).getElementById("login-error").text()).contains("Wrong user name or password");
		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(302);
	}

	@Test
	void shouldLogIntoTasklistTooAndOutOfBoth() {
		String user = scenario.newUser("iir");
		BrowserSession browser = new BrowserSession(port);
		HttpResponse<String> login = browser.logIn(user, DashboardScenario.PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard");

		HttpResponse<String> page = browser.get("/dashboard");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
		assertThat(Jsoup.parse(page.body()).getElementById("signed-in-as").text()).contains(user);
		HttpResponse<String> tasklistUser = browser.get("/camunda/api/admin/auth/user/default");
		assertThat(tasklistUser.statusCode()).isEqualTo(200);
		assertThat(tasklistUser.body()).contains("\"userId\":\"" + user + "\"").contains("tasklist");

		String token = BrowserSession.csrfOf(page.body());
		assertThat(browser.postForm("/dashboard/logout", Map.of("_csrf", "forged")).statusCode()).isEqualTo(302);
		assertThat(browser.get("/dashboard").statusCode()).as("a forged logout does nothing").isEqualTo(200);
		HttpResponse<String> logout = browser.postForm("/dashboard/logout", Map.of("_csrf", token));
		assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard/login");
		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(302);
		assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isNotEqualTo(200);
	}

	@Test
	void shouldShowTheDashboardToAUserLoggedIntoTasklist() {
		String user = scenario.newUser("mission-delhi");
		BrowserSession browser = new BrowserSession(port);
		assertThat(browser.logIntoTasklist(user, DashboardScenario.PASSWORD).statusCode()).isEqualTo(200);
		HttpResponse<String> page = browser.get("/dashboard");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(page.body()).getElementById("signed-in-as").text()).contains(user);
		assertThat(browser.get("/dashboard/login").statusCode()).as("already logged in").isEqualTo(302);
	}

	@Test
	void shouldShowEachUserTheStageConsultationAndComplianceItMaySee() throws Exception {
		ProcessInstance cycle = scenario.cycleInConsultation("AMERICAS", DashboardScenario.inDays(10, 1),
				"mission-mexico-city", "mission-bogota", "gac");
		String planKey = "AMERICAS-DASH-" + UUID.randomUUID().toString().substring(0, 8) + ActionPlanProcess.BUSINESS_KEY_SUFFIX;
		scenario.planWithTwoPeriods(planKey, "AMERICAS", "mission-mexico-city", "mission-bogota");
		String bogotaTask = scenario.consultationTask(cycle, "mission-bogota").getId();

		Document iir = page(scenario.newUser("iir"));
		Element americas = iir.getElementById("strategy-AMERICAS");
		assertThat(americas.selectFirst(".cycle").text()).isEqualTo(cycle.getBusinessKey());
		assertThat(strip(americas)).containsExactly("DRAFT:done", "CONSULTATION:current", "CONSOLIDATION:todo",
				"IMC:todo", "MEMO:todo", "DM:todo", "DISTRIBUTED:todo");
		assertThat(americas.selectFirst("li[data-step=CONSULTATION]").text()).contains("current step");
		String gacTask = scenario.consultationTask(cycle, "gac").getId();
		assertThat(americas.select("a.task-link").eachAttr("href")).as("IIR reads the open consultation tasks")
			.containsExactlyInAnyOrder("/camunda/app/tasklist/default/#/?task=" + bogotaTask,
					"/camunda/app/tasklist/default/#/?task=" + gacTask);
		Element consultation = iir.getElementById("consultation-" + cycle.getBusinessKey());
		assertThat(consultation.select("tbody tr").eachAttr("data-consultee"))
			.containsExactlyInAnyOrder("mission-mexico-city", "mission-bogota", "gac");
		assertThat(consultation.selectFirst("tr[data-consultee=mission-mexico-city]").text())
			.isEqualTo("IRCC Mexico City (Mexico) yes support");
		assertThat(consultation.selectFirst("tr[data-consultee=mission-bogota]").text())
			.isEqualTo("IRCC Bogotá (Colombia) no —");
		assertThat(consultation.selectFirst("caption").text()).contains("round 1").contains("10 days left");
		Element grid = iir.getElementById("plan-" + planKey);
		assertThat(cells(grid, "mission-mexico-city")).containsExactly("1:ACCEPTED", "2:RETURNED");
		assertThat(cells(grid, "mission-bogota")).containsExactly("1:OVERDUE", "2:PENDING");
		assertThat(grid.selectFirst("tr[data-contributor=mission-mexico-city] td.rate").text()).isEqualTo("100 % (2 of 2)");
		assertThat(grid.selectFirst("tr[data-contributor=mission-bogota] td.rate").text()).isEqualTo("0 % (0 of 1)");

		Element indicators = iir.getElementById("indicators-" + planKey);
		assertThat(indicators.select("tbody tr").eachAttr("data-period")).containsExactly("1", "2");
		Element firstPeriod = indicators.selectFirst("tr[data-period=1]");
		assertThat(firstPeriod.selectFirst("th").text()).startsWith("1. ");
		assertThat(firstPeriod.selectFirst(".activities").text()).isEqualTo("1");
		assertThat(firstPeriod.selectFirst(".sizes").text()).isEqualTo("small 0, medium 1, large 0");
		assertThat(firstPeriod.selectFirst(".participants").text()).isEqualTo("25");
		assertThat(firstPeriod.selectFirst(".roles").text()).isEqualTo("lead 1, resource 0, participant 0");
		assertThat(firstPeriod.selectFirst(".citations").text()).isEqualTo("1");
		assertThat(firstPeriod.selectFirst(".outcomes").text()).isEqualTo("1");

		BrowserSession iirBrowser = loggedIn(scenario.newUser("iir"));
		HttpResponse<String> activities = iirBrowser.get("/dashboard/action-plans/" + planKey + "/activities.csv");
		assertThat(activities.statusCode()).isEqualTo(200);
		assertThat(activities.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(activities.headers().firstValue("Content-Disposition").orElseThrow())
			.isEqualTo("attachment; filename=\"" + planKey + "-activities.csv\"");
		List<String> activityLines = activities.body().lines().toList();
		assertThat(activityLines.get(0)).startsWith("period,contributor,submissionStatus,row,priority,title");
		assertThat(activityLines).hasSize(3);
		assertThat(activityLines.get(1)).startsWith("\"1\",\"mission-mexico-city\",\"ACCEPTED\",\"1\",\"1\",\"'=1+1 Dialogue on mobility\",\"Mexico\"");
		assertThat(activityLines.get(2)).startsWith("\"2\",\"mission-mexico-city\",\"RETURNED\"");
		assertThat(activityLines.get(1)).endsWith("\"Shared practices\",\"true\",,");
		List<String> submissionLines = iirBrowser.get("/dashboard/action-plans/" + planKey + "/submissions.csv").body().lines().toList();
		assertThat(submissionLines).hasSize(5);
		assertThat(submissionLines).anySatisfy(line -> assertThat(line).startsWith("\"1\",").contains("\"mission-bogota\",\"IRCC Bogotá (Colombia)\",\"OVERDUE\""));

		// the summary of period 1, compiled when its updates were due: printable page and PDF
		assertThat(grid.select("a.summary-link").eachText()).containsExactly("period 1");
		String summaryPath = "/dashboard/action-plans/" + planKey + "/periods/1/summary";
		Document summary = Jsoup.parse(iirBrowser.get(summaryPath).body());
		assertThat(summary.selectFirst("h1").text()).isEqualTo("Summary of period 1 of action plan " + planKey);
		assertThat(summary.selectFirst("#summary-statuses tr[data-contributor=mission-bogota]").text())
			.isEqualTo("IRCC Bogotá (Colombia) overdue");
		assertThat(summary.selectFirst("#summary-statuses tr[data-contributor=mission-mexico-city]").text())
			.isEqualTo("IRCC Mexico City (Mexico) accepted");
		assertThat(summary.getElementById("summary-citations").text()).contains("El Universal, page 2");
		HttpResponse<byte[]> pdf = iirBrowser.getBytes(summaryPath + ".pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Summary of period 1 of action plan")
				.contains("IRCC Strategy for the Americas")
				.contains("IRCC Bogotá (Colombia)")
				.contains("El Universal, page 2");
		}

		Document bogota = page(scenario.newUser("mission-bogota"));
		assertThat(bogota.select("a.summary-link")).as("the summary names every contributor").isEmpty();
		Element bogotaConsultation = bogota.getElementById("consultation-" + cycle.getBusinessKey());
		assertThat(bogotaConsultation.select("tbody tr").eachAttr("data-consultee")).containsExactly("mission-bogota");
		assertThat(bogota.getElementById("strategy-AMERICAS").select("a.task-link").eachAttr("href"))
			.containsExactly("/camunda/app/tasklist/default/#/?task=" + bogotaTask);
		assertThat(bogota.getElementById("plan-" + planKey).select("tbody tr").eachAttr("data-contributor"))
			.containsExactly("mission-bogota");
		assertThat(bogota.getElementById("strategy-ASIA")).as("another region's strategy").isNull();
		assertThat(bogota.getElementById("indicators-" + planKey)).as("only its own activities, and it has none").isNull();

		Document in = page(scenario.newUser("in"));
		assertThat(in.getElementById("plan-" + planKey).select("tbody tr").eachAttr("data-contributor"))
			.containsExactlyInAnyOrder("mission-mexico-city", "mission-bogota");
		assertThat(in.getElementById("consultation-" + cycle.getBusinessKey())).as("IN is not consulted").isNull();
		assertThat(in.getElementById("indicators-" + planKey).select("tbody tr")).hasSize(2);
		Document mexico = page(scenario.newUser("mission-mexico-city"));
		assertThat(mexico.getElementById("indicators-" + planKey).select("tbody tr")).hasSize(2);

		BrowserSession bogotaBrowser = loggedIn(scenario.newUser("mission-bogota"));
		assertThat(bogotaBrowser.get("/dashboard/action-plans/" + planKey + "/activities.csv").body().lines())
			.as("the other mission's activities").hasSize(1);
		assertThat(bogotaBrowser.get("/dashboard/action-plans/" + planKey + "/submissions.csv").body().lines().skip(1))
			.hasSize(2)
			.allSatisfy(line -> assertThat(line).contains("\"mission-bogota\"").doesNotContain("mission-mexico-city"));
		assertThat(bogotaBrowser.get("/dashboard/action-plans/" + planKey + "/periods/1/summary").statusCode()).isEqualTo(404);
		assertThat(bogotaBrowser.getBytes("/dashboard/action-plans/" + planKey + "/periods/1/summary.pdf").statusCode())
			.isEqualTo(404);
		BrowserSession delhiBrowser = loggedIn(scenario.newUser("mission-delhi"));
		assertThat(delhiBrowser.get("/dashboard/action-plans/" + planKey + "/activities.csv").statusCode())
			.as("a plan of another region").isEqualTo(404);
		assertThat(delhiBrowser.get("/dashboard/action-plans/NO-SUCH-AP/submissions.csv").statusCode()).isEqualTo(404);
		assertThat(new BrowserSession(port).get("/dashboard/action-plans/" + planKey + "/activities.csv").statusCode())
			.as("anonymous").isEqualTo(303);

		Document guatemala = page(scenario.newUser("mission-guatemala"));
		Element notConsulted = guatemala.getElementById("strategy-AMERICAS");
		assertThat(notConsulted).as("a strategy of its region").isNotNull();
		assertThat(notConsulted.select(".cycle, ol.strip, .tasks")).as("a cycle it does not take part in").isEmpty();
		assertThat(guatemala.getElementById("consultation-" + cycle.getBusinessKey())).isNull();

		Document imc = page(scenario.newUser("imc"));
		assertThat(imc.getElementById("strategy-AMERICAS").select(".cycle, ol.strip")).as("not at the IMC yet").isEmpty();

		Document delhi = page(scenario.newUser("mission-delhi"));
		assertThat(delhi.getElementById("strategy-AMERICAS")).isNull();
		assertThat(delhi.getElementById("plan-" + planKey)).isNull();
		assertThat(delhi.getElementById("consultation-" + cycle.getBusinessKey())).isNull();
		assertThat(delhi.getElementById("strategy-ASIA")).isNotNull();
	}

	@Test
	void shouldShowAClosedRoundAndTheConsolidationOnceEveryoneAnswered() {
		ProcessInstance cycle = scenario.cycleInConsultation("ASIA", DashboardScenario.inDays(10, 1), "mission-delhi",
				"rab");
		scenario.respond(cycle, "rab", "NO_COMMENT");

		Document iir = page(scenario.newUser("iir"));
		assertThat(strip(iir.getElementById("strategy-ASIA"))).containsExactly("DRAFT:done", "CONSULTATION:done",
				"CONSOLIDATION:current", "IMC:todo", "MEMO:todo", "DM:todo", "DISTRIBUTED:todo");
		Element consultation = iir.getElementById("consultation-" + cycle.getBusinessKey());
		assertThat(consultation.selectFirst("caption").text()).contains("round closed").doesNotContain("days left");
		assertThat(consultation.selectFirst("tr[data-consultee=rab]").text()).isEqualTo("Refugee Affairs Branch yes no comment");
		assertThat(iir.getElementById("strategy-ASIA").select(".tasks li").eachText())
			.containsExactly("Consolidate the feedback");
	}

	@Test
	void shouldPlaceEachTaskAtItsLifecycleStep() {
		// a cycle without an open task is past the DM's decision: only the distribution runs then
		assertThat(LifecycleStep.ofTask("distributeStrategy")).isEqualTo(LifecycleStep.DISTRIBUTED);
		assertThat(LifecycleStep.ofTask(ReviewProcess.INCORPORATE_IMC_CHANGES)).isEqualTo(LifecycleStep.IMC);
		assertThat(LifecycleStep.ofTask(ReviewProcess.APPROVE_DM_MEMO)).isEqualTo(LifecycleStep.MEMO);
	}

	@Test
	void shouldPrintTheAnnualReportOfAPlanForIirOnly() throws Exception {
		String planKey = "AMERICAS-YEAR-" + UUID.randomUUID().toString().substring(0, 8) + ActionPlanProcess.BUSINESS_KEY_SUFFIX;
		scenario.planThroughAReportYear(planKey, "AMERICAS", "mission-mexico-city", "irm");

		BrowserSession iir = loggedIn(scenario.newUser("iir"));
		Document dashboard = Jsoup.parse(iir.get("/dashboard").body());
		Element grid = dashboard.getElementById("plan-" + planKey);
		assertThat(grid.select("a.summary-link").eachText()).containsExactly("period 1", "period 2", "period 3", "period 4");
		assertThat(grid.select("a.annual-link").eachText()).containsExactly("periods 1-4");
		String reportPath = grid.selectFirst("a.annual-link").attr("href");
		assertThat(reportPath).isEqualTo("/dashboard/action-plans/" + planKey + "/annual-report?year=periods%201-4");
		Document report = Jsoup.parse(iir.get(reportPath).body());
		assertThat(report.selectFirst("h1").text()).isEqualTo("Annual report periods 1-4 of action plan " + planKey);
		assertThat(report.selectFirst("#annual-contributors tr[data-contributor=mission-mexico-city]").text())
			.isEqualTo("IRCC Mexico City (Mexico) 4 0 0");
		assertThat(report.selectFirst("#annual-contributors tr[data-contributor=irm]").text())
			.isEqualTo("Integrity Risk Management Branch 0 0 4");
		assertThat(report.selectFirst("h2 + table#summary-priorities")).isNotNull();
		assertThat(report.getElementById("summary-outcomes").select("tbody tr")).hasSize(4);
		HttpResponse<byte[]> pdf = iir.getBytes(reportPath.replace("/annual-report?", "/annual-report.pdf?"));
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
			.isEqualTo("attachment; filename=\"" + planKey + "-annual-report-periods_1-4.pdf\"");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Annual report periods 1-4")
				.contains("Integrity Risk Management Branch 0 0 4");
		}

		BrowserSession mexico = loggedIn(scenario.newUser("mission-mexico-city"));
		assertThat(Jsoup.parse(mexico.get("/dashboard").body()).select("#plan-" + planKey + " a.annual-link")).isEmpty();
		assertThat(mexico.get(reportPath).statusCode()).isEqualTo(404);
		assertThat(iir.get("/dashboard/action-plans/" + planKey + "/annual-report?year=1999-2000").statusCode())
			.isEqualTo(404);
	}

	@Test
	void shouldSwitchToFrenchAndRememberIt() {
		BrowserSession browser = loggedIn(scenario.newUser("iir"));
		assertThat(Jsoup.parse(browser.get("/dashboard").body()).selectFirst("h1").text()).isEqualTo("Governance dashboard");
		HttpResponse<String> switched = browser.get("/dashboard/language?lang=fr");
		assertThat(switched.statusCode()).isEqualTo(302);
		assertThat(switched.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith(DashboardLanguage.COOKIE + "=fr").contains("Max-Age=31536000").contains("SameSite=Strict"));
		Document french = Jsoup.parse(browser.get("/dashboard").body());
		assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
		assertThat(french.selectFirst("h1").text()).isEqualTo("Tableau de bord de la gouvernance");
		assertThat(french.getElementById("strategy-title-ASIA").text()).isEqualTo("Stratégie d'IRCC pour l'Asie");
		assertThat(french.getElementById("switch-language").text()).isEqualTo("English");
		assertThat(Jsoup.parse(browser.get("/dashboard/login").body()).selectFirst("h1")).as("logged in: redirected").isNull();

		browser.get("/dashboard/language?lang=en");
		assertThat(Jsoup.parse(browser.get("/dashboard").body()).selectFirst("h1").text()).isEqualTo("Governance dashboard");
		browser.get("/dashboard/language?lang=de");
		assertThat(Jsoup.parse(browser.get("/dashboard").body()).selectFirst("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void shouldHaveEveryLabelInBothLanguages() throws Exception {
		java.util.Properties english = new java.util.Properties();
		java.util.Properties french = new java.util.Properties();
		try (var en = getClass().getResourceAsStream("/messages_en.properties");
				var fr = getClass().getResourceAsStream("/messages_fr.properties")) {
			english.load(new java.io.InputStreamReader(en, java.nio.charset.StandardCharsets.UTF_8));
			french.load(new java.io.InputStreamReader(fr, java.nio.charset.StandardCharsets.UTF_8));
		}
		assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		assertThat(english.stringPropertyNames()).hasSizeGreaterThan(50);
	}

	private BrowserSession loggedIn(String user) {
		BrowserSession browser = new BrowserSession(port);
		assertThat(browser.logIn(user, DashboardScenario.PASSWORD).statusCode()).isEqualTo(302);
		return browser;
	}

	private Document page(String user) {
		BrowserSession browser = loggedIn(user);
		HttpResponse<String> page = browser.get("/dashboard");
		assertThat(page.statusCode()).isEqualTo(200);
		return Jsoup.parse(page.body());
	}

	private static List<String> strip(Element strategy) {
		return strategy.select("ol.strip li").stream().map(li -> li.attr("data-step") + ":" + li.attr("data-state")).toList();
	}

	private static List<String> cells(Element grid, String contributor) {
		return grid.select("tr[data-contributor=" + contributor + "] td[data-period]")
			.stream()
			.map(td -> td.attr("data-period") + ":" + td.attr("data-status"))
			.toList();
	}

}
