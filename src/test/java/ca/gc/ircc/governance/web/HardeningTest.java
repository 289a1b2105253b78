package ca.gc.ircc.governance.web;

import java.util.List;

import ca.gc.ircc.governance.support.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The hardening settings, each observed from the outside where it can be. */
@IntegrationTest
class HardeningTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ProcessEngine engine;

	@Autowired
	IdentityService identityService;

	@Test
	void shouldKeepJavaSerializationOfVariablesOff() {
		var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		assertThat(config.isJavaSerializationFormatEnabled()).isFalse();
		assertThat(config.isEnableExpressionsInAdhocQueries()).isFalse();
		assertThat(config.getQueryMaxResultsLimit()).isEqualTo(2000);
	}

	@Test
	void shouldRefuseExpressionsInAdHocTaskQueries() {
		ResponseEntity<String> plain = asIir().getForEntity(
				"/engine-rest/task?maxResults=5&assigneeExpression={e}", String.class, "${currentUser()}");
		assertThat(plain.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void shouldRefuseExpressionsHiddenInOrQueries() {
		for (String body : List.of("{\"orQueries\":[{\"assigneeExpression\":\"${noSuchBean.boom()}\"}]}",
				"{\"orQueries\":[{\"assigneeExpression\":\"\\u0024{noSuchBean.boom()}\"}]}",
				"{\"orQueries\":[{\"candidateGroupExpression\":\"#{noSuchBean}\"}]}")) {
			ResponseEntity<String> response = asIir().postForEntity("/engine-rest/task?maxResults=5", json(body),
					String.class);
			assertThat(response.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(response.getBody()).contains("not allowed in task queries");
		}
	}

	@Test
	void shouldStillAnswerTaskQueriesWithoutExpressions() {
		ResponseEntity<String> response = asIir().postForEntity("/engine-rest/task?maxResults=5",
				json("{\"orQueries\":[{\"assignee\":\"demo-iir\"}]}"), String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void shouldRefuseAnOversizedTaskQuery() {
		String huge = "{\"nameLike\":\"" + "x".repeat(70_000) + "\"}";
		assertThat(asIir().postForEntity("/engine-rest/task?maxResults=5", json(huge), String.class).getStatusCode())
			.isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
	}

	@Test
	void shouldRefuseOversizedBodiesOnBothApis() {
		String huge = "{\"variables\":{\"comments\":{\"value\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}}}";
		assertThat(asIir().postForEntity("/engine-rest/task/any-task/complete", json(huge), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
		assertThat(asIir().postForEntity("/api/review-cycles", json(huge), String.class).getStatusCode())
			.isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
		assertThat(asIir().postForEntity("/api/review-cycles", json("{\"strategyCode\":\"NOPE\"}"), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void shouldRefuseUnboundedListsOverRest() {
		assertThat(asIir().getForEntity("/engine-rest/user", String.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(asIir().getForEntity("/engine-rest/user?maxResults=10", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void shouldLetOnlyAdministratorsDeploy() {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("deployment-name", "not-allowed");
		form.add("data", new ByteArrayResource("<definitions/>".getBytes()) {
			@Override
			public String getFilename() {
				return "evil.bpmn";
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<String> response = asIir().postForEntity("/engine-rest/deployment/create",
				new HttpEntity<>(form, headers), String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName("not-allowed").count())
			.isZero();
	}

	@Test
	void shouldCloseTheAnonymousFirstRunAdminSetup() {
		ResponseEntity<String> response = http.postForEntity("/camunda/api/admin/setup/default/user/create",
				json("{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"intruder\"}}"), String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
	}

	@Test
	void shouldThrottleLoginsAfterAFailure() {
		User probe = identityService.newUser("throttle-probe");
		probe.setPassword("right-password");
		identityService.saveUser(probe);
		try {
			assertThat(http.withBasicAuth("throttle-probe", "wrong").getForEntity("/api/strategies", String.class)
				.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
			// right password, but within the delay that follows a failure
			assertThat(identityService.checkPassword("throttle-probe", "right-password")).isFalse();
		}
		finally {
			identityService.deleteUser("throttle-probe");
		}
	}

	@Test
	void shouldSendSecurityHeadersOnTheApis() {
		HttpHeaders headers = http.getForEntity("/api/strategies", String.class).getHeaders();
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'none'");
		assertThat(headers.getFirst("Strict-Transport-Security")).startsWith("max-age=");
		assertThat(headers.getCacheControl()).isEqualTo("no-store");
	}

	@Test
	void shouldSendSecurityHeadersAndStrictCookiesOnTheWebapps() {
		ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
		HttpHeaders headers = page.getHeaders();
		assertThat(headers.getFirst("Strict-Transport-Security")).startsWith("max-age=31536000");
		assertThat(headers.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'")
			.contains("object-src 'none'")
			.contains("connect-src 'self'");
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.get(HttpHeaders.SET_COOKIE)).anySatisfy(cookie -> assertThat(cookie)
			.startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Strict"));
	}

	@Test
	void shouldRefuseAWebappLoginWithoutItsCsrfToken() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		ResponseEntity<String> login = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
				HttpMethod.POST, new HttpEntity<>("username=demo-iir&password=demo", headers), String.class);
		assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	private TestRestTemplate asIir() {
		return http.withBasicAuth("demo-iir", "demo");
	}

	private static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
