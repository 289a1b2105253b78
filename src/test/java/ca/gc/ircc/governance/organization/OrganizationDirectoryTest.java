package ca.gc.ircc.governance.organization;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import ca.gc.ircc.governance.support.IntegrationTest;
import ca.gc.ircc.governance.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OrganizationDirectoryTest {

	private static final String NEW_MISSION = "mission-directory-test";

	@Autowired
	OrganizationRepository repository;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldFindTheOrganizationsOfTheReferenceData() {
		OrganizationDirectory directory = new OrganizationDirectory(repository, new MutableClock(),
				new OrganizationProperties(Duration.ofMinutes(1)));

		assertThat(directory.find("rab")).get().extracting(Organization::getNameEn).isEqualTo("Refugee Affairs Branch");
		assertThat(directory.find("mission-delhi")).get().extracting(Organization::getTimeZone).isEqualTo(ZoneId.of("Asia/Kolkata"));
		assertThat(directory.exists("no-such-organization")).isFalse();
		assertThat(directory.find(null)).isEmpty();
		assertThat(directory.named(List.of("2", "in", "PENDING", "rab")).keySet()).containsExactly("in", "rab");
	}

	@Test
	void shouldSeeAChangeInTheDatabaseOnceTheRereadDelayHasPassed() {
		MutableClock clock = new MutableClock();
		OrganizationDirectory directory = new OrganizationDirectory(repository, clock,
				new OrganizationProperties(Duration.ofMinutes(1)));
		assertThat(directory.exists(NEW_MISSION)).isFalse();
		jdbc.update("INSERT INTO organization (code, name_en, name_fr, kind, region, time_zone, email) "
				+ "VALUES (?, 'IRCC Hanoi (Viet Nam)', 'IRCC Hanoï (Viet Nam)', 'MISSION', 'ASIA', 'Asia/Ho_Chi_Minh', ?)",
				NEW_MISSION, NEW_MISSION + "@example.org");
		try {
			clock.set(Instant.now().plusSeconds(59));
			assertThat(directory.exists(NEW_MISSION)).isFalse();

			clock.set(Instant.now().plusSeconds(61));
			assertThat(directory.find(NEW_MISSION)).get().extracting(Organization::getNameEn)
				.isEqualTo("IRCC Hanoi (Viet Nam)");
		}
		finally {
			jdbc.update("DELETE FROM organization WHERE code = ?", NEW_MISSION);
		}
	}

}
