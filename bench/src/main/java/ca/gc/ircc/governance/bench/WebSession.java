package ca.gc.ircc.governance.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One user's browser session over HTTP: the webapps' login, its cookies and CSRF token. */
final class WebSession {

	private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private String xsrfToken;

	WebSession(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Logs in as Tasklist's login page does: the webapps' API, with the token the page hands out. */
	WebSession logIntoTasklist(String user, String password) throws Exception {
		send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build());
		if (xsrfToken == null) {
			throw new IllegalStateException("Tasklist's page gave no CSRF token");
		}
		expect(200, send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-XSRF-TOKEN", xsrfToken)
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password)))
			.build()), "Tasklist login of " + user);
		return this;
	}

	/** Logs in through the dashboard's own form. */
	WebSession logIntoDashboard(String user, String password) throws Exception {
		Matcher csrf = FORM_CSRF.matcher(get("/dashboard/login").body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the dashboard's login page");
		}
		expect(302, send(HttpRequest.newBuilder(uri("/dashboard/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrf.group(1)) + "&username=" + encode(user)
					+ "&password=" + encode(password)))
			.build()), "dashboard login of " + user);
		return this;
	}

	HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	HttpResponse<String> getJson(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build());
	}

	/** A POST of the webapps' API, as Tasklist sends it: JSON in, HAL out, with the CSRF header. */
	HttpResponse<String> postHal(String path, String json) throws Exception {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/hal+json, application/json; q=0.5")
			.header("X-XSRF-TOKEN", xsrfToken)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	static HttpResponse<String> expect(int status, HttpResponse<String> response, String what) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
		}
		return response;
	}

	/** The webapps hand out a new CSRF token with a new session (after the login): the latest one is kept. */
	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> xsrfToken = token);
		return response;
	}

	private URI uri(String path) {
		return URI.create(base + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
