package ca.gc.ircc.governance.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatenciesTest {

	@Test
	void shouldReadPercentilesByTheNearestRank() {
		Latencies latencies = new Latencies(100);
		for (int millis = 100; millis >= 1; millis--) {
			latencies.record(millis * 1_000_000L);
		}

		assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
		assertThat(latencies.percentileMillis(95)).isEqualTo(95.0);
		assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
		assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
	}

}
