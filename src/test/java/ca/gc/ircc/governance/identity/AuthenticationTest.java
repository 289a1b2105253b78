package ca.gc.ircc.governance.identity;

import ca.gc.ircc.governance.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuthenticationTest {

	@Autowired
	TestRestTemplate http;

	@Test
	void shouldRefuseAnonymousCallsToTheEngineRestApi() {
		ResponseEntity<String> response = http.getForEntity("/engine-rest/task", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void shouldRefuseAnonymousCallsToTheApplicationApi() {
		ResponseEntity<String> response = http.getForEntity("/api/strategies", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
	}

	@Test
	void shouldRefuseAWrongPassword() {
		// a user of its own: a failed login briefly locks the account (Camunda's login throttling)
		assertThat(http.withBasicAuth("demo-excom", "not-the-password")
			.getForEntity("/api/strategies", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(http.withBasicAuth("demo-excom", "not-the-password")
			.getForEntity("/engine-rest/task", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void shouldRefuseAnUnknownUserAndAMalformedHeader() {
		assertThat(http.withBasicAuth("nobody", "demo").getForEntity("/api/strategies", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.AUTHORIZATION, "Basic !!!not-base64");
		assertThat(http
			.exchange("/api/strategies", org.springframework.http.HttpMethod.GET,
					new org.springframework.http.HttpEntity<>(headers), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void shouldLetAKnownUserCallBothApis() {
		assertThat(http.withBasicAuth("demo-iir", "demo").getForEntity("/engine-rest/task?maxResults=10", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(http.withBasicAuth("demo-iir", "demo").getForEntity("/api/strategies", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void shouldAnswerHealthWithoutAuthentication() {
		ResponseEntity<String> response = http.getForEntity("/actuator/health", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("\"status\":\"UP\"");
	}

	@Test
	void shouldExposeNoOtherActuatorEndpoint() {
		assertThat(http.getForEntity("/actuator/env", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

}
