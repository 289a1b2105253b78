package ca.gc.ircc.governance.dashboard;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ca.gc.ircc.governance.actionplan.ActionPlanProcess;
import ca.gc.ircc.governance.support.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real browser (Debian's headless Chromium, driven by Selenium) on data from a
 * real review cycle and action plan: login, lifecycle strip, compliance grid, language switch, CSV
 * download, a mission's view, the shared login with Tasklist, and an axe-core accessibility check.
 * Screenshots go to {@code target/dashboard-screenshots/}.
 */
@IntegrationTest
class DashboardBrowserTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots");

	private static final Path DOWNLOADS = Path.of("target", "dashboard-downloads").toAbsolutePath();

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	WebDriver browser;

	@BeforeEach
	void startBrowser() throws IOException {
		assertThat(CHROMEDRIVER).as("Debian packages chromium and chromium-driver (.ci/run installs them)").isExecutable();
		Files.createDirectories(SCREENSHOTS);
		Files.createDirectories(DOWNLOADS);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,2200");
		Map<String, Object> prefs = new HashMap<>();
		prefs.put("download.default_directory", DOWNLOADS.toString());
		prefs.put("download.prompt_for_download", false);
		options.setExperimentalOption("prefs", prefs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().window().setSize(new Dimension(1280, 2200));
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldShowWhereEveryStrategyStandsAndWhoIsLateToEachUserItsOwnRows() throws Exception {
		DashboardScenario scenario = new DashboardScenario(engine);
		ProcessInstance cycle = scenario.cycleInConsultation("AMERICAS", DashboardScenario.inDays(10, 1),
				"mission-mexico-city", "mission-bogota", "gac");
		String planKey = "AMERICAS-UI-" + UUID.randomUUID().toString().substring(0, 8) + ActionPlanProcess.BUSINESS_KEY_SUFFIX;
		scenario.planWithTwoPeriods(planKey, "AMERICAS", "mission-mexico-city", "mission-bogota");
		String iir = scenario.newUser("iir");
		String bogota = scenario.newUser("mission-bogota");

		// an anonymous visitor gets the login form; the keyboard alone logs in
		browser.get(url("/dashboard"));
		assertThat(browser.getCurrentUrl()).endsWith("/dashboard/login");
		assertNoSeriousAccessibilityViolation("login");
		screenshot("01-login");
		browser.findElement(By.id("username")).sendKeys(iir, Keys.TAB, DashboardScenario.PASSWORD, Keys.ENTER);
		wait(d -> d.getCurrentUrl().endsWith("/dashboard"));

		// IIR: the strip marks the consultation as the current step, in words; the grid shows each status
		assertThat(text(By.id("signed-in-as"))).contains(iir);
		WebElement americas = browser.findElement(By.id("strategy-AMERICAS"));
		assertThat(americas.findElement(By.cssSelector(".cycle")).getText()).isEqualTo(cycle.getBusinessKey());
		assertThat(strip(americas)).containsExactly("DRAFT:done", "CONSULTATION:current", "CONSOLIDATION:todo",
				"IMC:todo", "MEMO:todo", "DM:todo", "DISTRIBUTED:todo");
		assertThat(americas.findElement(By.cssSelector("li[aria-current=step]")).getText()).contains("Consultation")
			.contains("current step");
		WebElement grid = browser.findElement(By.id("plan-" + planKey));
		assertThat(cells(grid, "mission-mexico-city")).containsExactly("accepted", "returned");
		assertThat(cells(grid, "mission-bogota")).containsExactly("overdue", "pending");
		assertThat(grid.findElement(By.cssSelector("tr[data-contributor=mission-bogota] td.rate")).getText())
			.isEqualTo("0 % (0 of 1)");
		WebElement consultation = browser.findElement(By.id("consultation-" + cycle.getBusinessKey()));
		assertThat(consultation.findElements(By.cssSelector("tbody tr"))).hasSize(3);
		// the indicators' chart, drawn by Chart.js (a webjar) from the table
		Object bars = ((JavascriptExecutor) browser).executeScript("""
				const canvas = document.querySelector('#indicators-' + arguments[0] + ' canvas.indicator-chart');
				const chart = Chart.getChart(canvas);
				return chart ? chart.data.datasets.map(d => d.label + ':' + d.data.join('/')) : null;
				""", planKey);
		assertThat((List<String>) bars).containsExactly("Strategic priority 1:1/1");
		assertNoSeriousAccessibilityViolation("dashboard");
		screenshot("02-dashboard-iir-en");

		// the activities download, as a spreadsheet would open it: the formula-like title defused
		grid.findElement(By.cssSelector("a.csv-activities")).click();
		Path csv = DOWNLOADS.resolve(planKey + "-activities.csv");
		wait(d -> Files.exists(csv));
		String activities = Files.readString(csv, StandardCharsets.UTF_8);
		assertThat(activities).startsWith("period,contributor,submissionStatus,row,priority,title")
			.contains("\"'=1+1 Dialogue on mobility\"");

		// the printable summary of period 1, and its PDF
		grid.findElement(By.cssSelector("a.summary-link")).click();
		wait(d -> d.getCurrentUrl().endsWith("/periods/1/summary"));
		assertThat(browser.findElement(By.cssSelector("#summary-statuses tr[data-contributor=mission-bogota]")).getText())
			.isEqualTo("IRCC Bogotá (Colombia) overdue");
		assertNoSeriousAccessibilityViolation("period summary");
		screenshot("06-period-summary");
		browser.findElement(By.partialLinkText("PDF")).click();
		Path pdf = DOWNLOADS.resolve(planKey + "-period-1-summary.pdf");
		wait(d -> Files.exists(pdf));
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("IRCC Bogotá (Colombia) overdue");
		}
		browser.get(url("/dashboard"));

		// French, remembered across pages
		browser.findElement(By.id("switch-language")).click();
		wait(d -> "fr".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
		assertThat(text(By.tagName("h1"))).isEqualTo("Tableau de bord de la gouvernance");
		assertThat(browser.manage().getCookieNamed(DashboardLanguage.COOKIE).getValue()).isEqualTo("fr");
		browser.get(url("/dashboard"));
		assertThat(text(By.tagName("h1"))).isEqualTo("Tableau de bord de la gouvernance");
		assertThat(cells(browser.findElement(By.id("plan-" + planKey)), "mission-bogota")).containsExactly("en retard",
				"en attente");
		assertThat(browser.findElement(By.id("strategy-AMERICAS")).findElement(By.cssSelector("li[aria-current=step]"))
			.getText()).contains("étape en cours");
		screenshot("03-dashboard-iir-fr");
		browser.findElement(By.id("switch-language")).click();
		wait(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));

		// log out (of Tasklist too), then a mission: its own rows only, and its task in Tasklist
		browser.findElement(By.id("logout")).click();
		wait(d -> d.getCurrentUrl().endsWith("/dashboard/login"));
		browser.findElement(By.id("username")).sendKeys(bogota);
		browser.findElement(By.id("password")).sendKeys(DashboardScenario.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		wait(d -> d.getCurrentUrl().endsWith("/dashboard"));
		assertThat(browser.findElement(By.id("plan-" + planKey))
			.findElements(By.cssSelector("tbody tr"))
			.stream()
			.map(row -> row.getAttribute("data-contributor"))).containsExactly("mission-bogota");
		assertThat(browser.findElement(By.id("consultation-" + cycle.getBusinessKey()))
			.findElements(By.cssSelector("tbody tr"))
			.stream()
			.map(row -> row.getAttribute("data-consultee"))).containsExactly("mission-bogota");
		assertThat(browser.getPageSource()).doesNotContain("IRCC Mexico City");
		screenshot("04-dashboard-mission-bogota");
		List<WebElement> taskLinks = browser.findElements(By.cssSelector("#strategy-AMERICAS a.task-link"));
		assertThat(taskLinks).hasSize(1);
		assertThat(browser.findElement(By.cssSelector("#strategy-AMERICAS .tasks li")).getText())
			.isEqualTo("Respond to the consultation · IRCC Bogotá (Colombia)");
		taskLinks.get(0).click();
		try {
			// Tasklist opens on the task, logged in with the dashboard's session (no login form)
			wait(d -> d.getPageSource().contains("Respond to the consultation")
					&& d.findElements(By.cssSelector("input[name=username], input#username")).isEmpty());
		}
		finally {
			screenshot("05-tasklist-from-dashboard");
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private String text(By by) {
		return browser.findElement(by).getText();
	}

	private void wait(java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition::apply);
	}

	private static List<String> strip(WebElement strategy) {
		return strategy.findElements(By.cssSelector("ol.strip li"))
			.stream()
			.map(li -> li.getAttribute("data-step") + ":" + li.getAttribute("data-state"))
			.toList();
	}

	private static List<String> cells(WebElement grid, String contributor) {
		return grid.findElements(By.cssSelector("tr[data-contributor=" + contributor + "] td[data-period]"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private void screenshot(String name) throws IOException {
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	/** Runs axe-core (WCAG 2 A and AA rules) on the page: no violation of impact serious or critical. */
	@SuppressWarnings("unchecked")
	private void assertNoSeriousAccessibilityViolation(String page) throws IOException {
		String axe;
		try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			assertThat(in).as("axe-core on the test classpath").isNotNull();
			axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript(axe);
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
				  .catch(e => done(['axe failed: ' + e]));
				""");
		assertThat((List<String>) result).as("serious or critical accessibility violations on the " + page + " page")
			.isEmpty();
	}

}
