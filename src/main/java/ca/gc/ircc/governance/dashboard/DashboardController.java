package ca.gc.ircc.governance.dashboard;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import ca.gc.ircc.governance.NotFoundException;

import ca.gc.ircc.governance.identity.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The governance dashboard: one server-rendered page, behind the Camunda webapps' login. */
@Controller
class DashboardController {

	static final String CSRF_PARAMETER = "_csrf";

	private final DashboardSession session;

	private final DashboardReports reports;

	private final DashboardCsv csv;

	private final DashboardPdf pdf;

	private final LocaleResolver localeResolver;

	DashboardController(DashboardSession session, DashboardReports reports, DashboardCsv csv, DashboardPdf pdf,
			LocaleResolver localeResolver) {
		this.pdf = pdf;
		this.session = session;
		this.reports = reports;
		this.csv = csv;
		this.localeResolver = localeResolver;
	}

	@GetMapping("/dashboard")
	String dashboard(HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<CurrentUser> user = session.currentUser(request);
		if (user.isEmpty()) {
			return "redirect:/dashboard/login";
		}
		noStore(response);
		model.addAttribute("user", user.get());
		model.addAttribute("view", reports.view(user.get()));
		model.addAttribute("csrf", session.csrfToken(request));
		return "dashboard/index";
	}

	@GetMapping("/dashboard/login")
	String loginForm(HttpServletRequest request, HttpServletResponse response, Model model) {
		if (session.currentUser(request).isPresent()) {
			return "redirect:/dashboard";
		}
		noStore(response);
		model.addAttribute("csrf", session.csrfToken(request));
		return "dashboard/login";
	}

	@PostMapping("/dashboard/login")
	String logIn(@RequestParam(required = false) String username, @RequestParam(required = false) String password,
			@RequestParam(name = CSRF_PARAMETER, required = false) String csrf, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		noStore(response);
		if (!session.csrfTokenMatches(request, csrf)) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			model.addAttribute("csrf", session.csrfToken(request));
			model.addAttribute("error", "dashboard.login.expired");
			return "dashboard/login";
		}
		if (!session.logIn(request, username, password)) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			model.addAttribute("csrf", session.csrfToken(request));
			model.addAttribute("error", "dashboard.login.failed");
			model.addAttribute("username", username);
			return "dashboard/login";
		}
		return "redirect:/dashboard";
	}

	@PostMapping("/dashboard/logout")
	String logOut(@RequestParam(name = CSRF_PARAMETER, required = false) String csrf, HttpServletRequest request,
			HttpServletResponse response) {
		if (!session.csrfTokenMatches(request, csrf)) {
			return "redirect:/dashboard";
		}
		session.logOut(request);
		return "redirect:/dashboard/login";
	}

	@GetMapping("/dashboard/action-plans/{businessKey}/submissions.csv")
	ResponseEntity<String> submissionsCsv(@PathVariable String businessKey, HttpServletRequest request) {
		return download(request, businessKey, "submissions", user -> csv.submissions(businessKey, user));
	}

	@GetMapping("/dashboard/action-plans/{businessKey}/activities.csv")
	ResponseEntity<String> activitiesCsv(@PathVariable String businessKey, HttpServletRequest request) {
		return download(request, businessKey, "activities", user -> csv.activities(businessKey, user));
	}

	/** The summary of a period as a printable page (IIR, IN and administrators). */
	@GetMapping("/dashboard/action-plans/{businessKey}/periods/{period}/summary")
	String periodSummary(@PathVariable String businessKey, @PathVariable int period, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return printable(request, response, model, user -> reports.periodSummary(businessKey, period, user));
	}

	@GetMapping("/dashboard/action-plans/{businessKey}/periods/{period}/summary.pdf")
	ResponseEntity<byte[]> periodSummaryPdf(@PathVariable String businessKey, @PathVariable int period,
			HttpServletRequest request) {
		return pdf(request, businessKey + "-period-" + period + "-summary",
				user -> reports.periodSummary(businessKey, period, user));
	}

	/** The annual report of a report year (e.g. {@code 2026-2027}) as a printable page. */
	@GetMapping("/dashboard/action-plans/{businessKey}/annual-report")
	String annualReport(@PathVariable String businessKey, @RequestParam String year, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return printable(request, response, model, user -> reports.annualReport(businessKey, year, user));
	}

	@GetMapping("/dashboard/action-plans/{businessKey}/annual-report.pdf")
	ResponseEntity<byte[]> annualReportPdf(@PathVariable String businessKey, @RequestParam String year,
			HttpServletRequest request) {
		return pdf(request, businessKey + "-annual-report-" + year, user -> reports.annualReport(businessKey, year, user));
	}

	private String printable(HttpServletRequest request, HttpServletResponse response, Model model,
			Function<CurrentUser, ReportPage> report) {
		Optional<CurrentUser> user = session.currentUser(request);
		if (user.isEmpty()) {
			return "redirect:/dashboard/login";
		}
		noStore(response);
		model.addAttribute("page", report.apply(user.get()));
		return "dashboard/report";
	}

	private ResponseEntity<byte[]> pdf(HttpServletRequest request, String fileName,
			Function<CurrentUser, ReportPage> report) {
		Optional<CurrentUser> user = session.currentUser(request);
		if (user.isEmpty()) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/dashboard/login")).build();
		}
		byte[] document = pdf.render("dashboard/report", localeResolver.resolveLocale(request),
				java.util.Map.of("page", report.apply(user.get())));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf\"")
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.body(document);
	}

	private ResponseEntity<String> download(HttpServletRequest request, String businessKey, String what,
			Function<CurrentUser, String> content) {
		Optional<CurrentUser> user = session.currentUser(request);
		if (user.isEmpty()) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/dashboard/login")).build();
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
					+ businessKey.replaceAll("[^A-Za-z0-9-]", "_") + "-" + what + ".csv\"")
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.apply(user.get()));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<String> notFound(NotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body(ex.getMessage());
	}

	/** Switches the language (English or French); the choice is remembered in a cookie. */
	@GetMapping("/dashboard/language")
	String language(@RequestParam String lang, HttpServletRequest request, HttpServletResponse response) {
		localeResolver.setLocale(request, response, DashboardLanguage.FRENCH.equals(lang) ? Locale.FRENCH : Locale.ENGLISH);
		return "redirect:/dashboard";
	}

	/** The page holds PROTECTED B data: never cached, never framed; no script but its own. */
	private static void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; script-src 'self'; "
				+ "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "no-referrer");
	}

}
