package ca.gc.ircc.governance.strategy;

import java.time.Duration;
import java.time.Instant;

import ca.gc.ircc.governance.NotFoundException;
import ca.gc.ircc.governance.support.IntegrationTest;
import ca.gc.ircc.governance.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class StrategyNamesTest {

	private static final String NEW_STRATEGY = "NAMES-TEST";

	@Autowired
	StrategyRepository repository;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldNameTheStrategiesOfTheReferenceData() {
		StrategyNames names = new StrategyNames(repository, new MutableClock(), new StrategyProperties(Duration.ofMinutes(1)));

		assertThat(names.require("ASIA"))
			.isEqualTo(new StrategyName("ASIA", "IRCC Strategy for Asia", "Stratégie d'IRCC pour l'Asie"));
		assertThat(names.find("NO-SUCH-STRATEGY")).isEmpty();
		assertThat(names.find(null)).isEmpty();
		assertThatThrownBy(() -> names.require("NO-SUCH-STRATEGY")).isInstanceOf(NotFoundException.class)
			.hasMessage("No strategy with code NO-SUCH-STRATEGY");
	}

	@Test
	void shouldServeTitlesFromMemoryAndSeeAChangeOnceTheRereadDelayHasPassed() {
		MutableClock clock = new MutableClock();
		StrategyNames names = new StrategyNames(repository, clock, new StrategyProperties(Duration.ofMinutes(1)));
		assertThat(names.find("ASIA")).isPresent();
		jdbc.update("INSERT INTO strategy (code, title_en, title_fr, region, cadence, lead_org_code) "
				+ "VALUES (?, 'Old title', 'Ancien titre', 'ASIA', 'QUARTERLY', 'iir')", NEW_STRATEGY);
		try {
			// not kept yet: read at once
			assertThat(names.require(NEW_STRATEGY).titleEn()).isEqualTo("Old title");
			jdbc.update("UPDATE strategy SET title_en = 'New title', title_fr = 'Nouveau titre' WHERE code = ?",
					NEW_STRATEGY);

			clock.set(Instant.now().plusSeconds(59));
			assertThat(names.require(NEW_STRATEGY).titleEn()).isEqualTo("Old title");

			clock.set(Instant.now().plusSeconds(61));
			assertThat(names.require(NEW_STRATEGY))
				.isEqualTo(new StrategyName(NEW_STRATEGY, "New title", "Nouveau titre"));
		}
		finally {
			jdbc.update("DELETE FROM strategy WHERE code = ?", NEW_STRATEGY);
		}
	}

}
