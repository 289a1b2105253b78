package ca.gc.ircc.governance.strategy;

import java.util.List;
import java.util.Map;

import ca.gc.ircc.governance.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class StrategyApiTest {

	@Autowired
	TestRestTemplate http;

	@Test
	void shouldListBothStrategiesWithTheirCadencesForIir() {
		ResponseEntity<JsonNode> response = http.withBasicAuth("demo-iir", "demo")
			.getForEntity("/api/strategies", JsonNode.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, JsonNode> byCode = new java.util.HashMap<>();
		response.getBody().forEach(s -> byCode.put(s.get("code").asText(), s));
		assertThat(byCode).containsOnlyKeys("ASIA", "AMERICAS");
		assertThat(byCode.get("ASIA").get("cadence").asText()).isEqualTo("SEMI_ANNUAL");
		assertThat(byCode.get("ASIA").get("reportingPeriod").asText()).isEqualTo("P6M");
		assertThat(byCode.get("AMERICAS").get("cadence").asText()).isEqualTo("QUARTERLY");
		assertThat(byCode.get("AMERICAS").get("title").asText()).isEqualTo("IRCC Strategy for the Americas");
		// other tests put new versions in effect on the shared database: the seeded ones are ReferenceDataTest's
		assertThat(byCode.get("AMERICAS").at("/versionInEffect/label").asText()).isNotBlank();
		assertThat(byCode.get("AMERICAS").at("/versionInEffect/status").asText()).isEqualTo("IN_EFFECT");
	}

	@Test
	void shouldShowAMissionOnlyTheStrategyOfItsRegion() {
		JsonNode delhi = http.withBasicAuth("demo-mission-delhi", "demo").getForObject("/api/strategies", JsonNode.class);
		assertThat(codes(delhi)).containsExactly("ASIA");
		JsonNode bogota = http.withBasicAuth("demo-mission-bogota", "demo").getForObject("/api/strategies", JsonNode.class);
		assertThat(codes(bogota)).containsExactly("AMERICAS");
	}

	@Test
	void shouldHideAStrategyOfAnotherRegionAsNotFound() {
		assertThat(http.withBasicAuth("demo-mission-delhi", "demo")
			.getForEntity("/api/strategies/AMERICAS", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownStrategy() {
		ResponseEntity<JsonNode> response = http.withBasicAuth("demo-iir", "demo")
			.getForEntity("/api/strategies/EUROPE", JsonNode.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getBody().get("status").asInt()).isEqualTo(404);
	}

	@Test
	void shouldShowTheFourPrioritiesOfAStrategy() {
		JsonNode asia = http.withBasicAuth("demo-iir", "demo").getForObject("/api/strategies/ASIA", JsonNode.class);
		assertThat(asia.get("priorities")).hasSize(4);
		assertThat(asia.at("/priorities/0/title").asText())
			.startsWith("Increase collaboration to address irregular migration");
	}

	private static List<String> codes(JsonNode strategies) {
		List<String> codes = new java.util.ArrayList<>();
		strategies.forEach(s -> codes.add(s.get("code").asText()));
		return codes;
	}

}
