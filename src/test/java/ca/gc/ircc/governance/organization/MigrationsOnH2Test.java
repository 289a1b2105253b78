package ca.gc.ircc.governance.organization;

import ca.gc.ircc.governance.distribution.DistributionRecordRepository;
import ca.gc.ircc.governance.strategy.StrategicPriorityRepository;
import ca.gc.ircc.governance.strategy.StrategyRepository;
import ca.gc.ircc.governance.strategy.StrategyVersionRepository;
import ca.gc.ircc.governance.strategy.StrategyVersionStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations run unchanged on H2 (the default run's database) and Hibernate validates the
 * entities against the result. The PostgreSQL side is proven by every {@code @IntegrationTest}.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
class MigrationsOnH2Test {

	@Autowired
	OrganizationRepository organizations;

	@Autowired
	StrategyRepository strategies;

	@Autowired
	StrategicPriorityRepository priorities;

	@Autowired
	StrategyVersionRepository versions;

	@Autowired
	DistributionRecordRepository distributionRecords;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldCreateTheReviewCycleTablesOnH2() {
		assertThat(distributionRecords.count()).isZero();
		for (String table : new String[] { "review_cycle", "consultation_round", "consultation_response",
				"comment_disposition", "imc_decision", "dm_memo", "distribution_record" }) {
			assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class)).as(table).isZero();
		}
		assertThat(versions.findAll()).allMatch(v -> v.getDraftText() == null);
	}

	@Test
	void shouldLoadTheReferenceDataOnH2() {
		assertThat(organizations.count()).isEqualTo(29);
		assertThat(strategies.findAllByOrderByCode()).extracting("code").containsExactly("AMERICAS", "ASIA");
		assertThat(priorities.findByStrategyCodeOrderByNumber("ASIA")).hasSize(4);
		assertThat(versions.findAll()).allMatch(v -> v.getStatus() == StrategyVersionStatus.IN_EFFECT);
	}

}
