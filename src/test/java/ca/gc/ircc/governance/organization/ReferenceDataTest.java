package ca.gc.ircc.governance.organization;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import ca.gc.ircc.governance.strategy.StrategicPriorityRepository;
import ca.gc.ircc.governance.strategy.StrategyVersionRepository;
import ca.gc.ircc.governance.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference data on PostgreSQL: the domain's organizations and the two strategies of the seed. */
@IntegrationTest
class ReferenceDataTest {

	@Autowired
	OrganizationRepository organizations;

	@Autowired
	StrategicPriorityRepository priorities;

	@Autowired
	StrategyVersionRepository versions;

	@Test
	void shouldHoldEveryOrganizationOfTheDomain() {
		assertThat(organizations.findAllByOrderByCode()).extracting(Organization::getCode)
			.contains("iir", "rab", "in", "irm", "ib", "imc", "excom", "sadm-spp", "dm", "gac", "cbsa", "ps", "irb",
					"mission-delhi", "mission-chandigarh", "mission-islamabad", "mission-manila", "mission-beijing",
					"mission-hong-kong", "mission-tokyo", "mission-seoul", "mission-mexico-city", "mission-guatemala",
					"mission-san-jose", "mission-panama", "mission-bogota", "mission-sao-paulo",
					"mission-port-au-prince", "mission-kingston");
	}

	@Test
	void shouldPlaceEveryMissionInItsRegionAndTimeZone() {
		Organization delhi = organizations.findById("mission-delhi").orElseThrow();
		assertThat(delhi.getRegion()).isEqualTo("ASIA");
		assertThat(delhi.getTimeZone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
		Organization kingston = organizations.findById("mission-kingston").orElseThrow();
		assertThat(kingston.getRegion()).isEqualTo("AMERICAS");
		assertThat(kingston.getTimeZone()).isEqualTo(ZoneId.of("America/Jamaica"));
		List<Organization> missions = organizations.findAll().stream().filter(Organization::isMission).toList();
		assertThat(missions).hasSize(16).allMatch(m -> m.getRegion() != null);
	}

	@Test
	void shouldScopeTheImmigrationAndRefugeeBoardToTheAmericas() {
		Organization irb = organizations.findById("irb").orElseThrow();
		assertThat(irb.concernsRegion("AMERICAS")).isTrue();
		assertThat(irb.concernsRegion("ASIA")).isFalse();
		assertThat(organizations.findById("gac").orElseThrow().concernsRegion("ASIA")).isTrue();
	}

	@Test
	void shouldHoldTheFourPrioritiesOfEachStrategyInBothLanguages() {
		assertThat(priorities.findByStrategyCodeOrderByNumber("AMERICAS")).hasSize(4)
			.first()
			.satisfies(p -> {
				assertThat(p.getTitleEn()).startsWith("Promote well-managed migration systems");
				assertThat(p.getTitleFr()).startsWith("Promouvoir des systèmes migratoires");
			});
		assertThat(priorities.findByStrategyCodeOrderByNumber("ASIA").get(3).getTitleEn())
			.isEqualTo("Advance international protection for refugees, the stateless and displaced populations");
	}

	@Test
	void shouldRecordTheJune2022VersionsAsEndorsedByTheImcOnApril12() {
		assertThat(versions.findAll()).filteredOn(v -> v.getReviewBusinessKey() == null)
			.extracting(v -> v.getStrategyCode() + " " + v.getLabel() + " " + v.getImcEndorsedOn())
			.containsExactlyInAnyOrder("ASIA June 2022 " + LocalDate.of(2022, 4, 12),
					"AMERICAS June 2022 " + LocalDate.of(2022, 4, 12));
	}

}
