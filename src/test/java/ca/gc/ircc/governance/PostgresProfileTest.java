package ca.gc.ircc.governance;

import ca.gc.ircc.governance.support.SharedGreenMail;
import ca.gc.ircc.governance.support.SharedPostgres;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production profile against an empty PostgreSQL database: the first start migrates it and
 * creates the groups but no demo user; a second start changes nothing.
 */
class PostgresProfileTest {

	@Test
	void shouldMigrateAnEmptyDatabaseAndChangeNothingOnASecondStart() {
		String url = SharedPostgres.newDatabase("production_like");

		Snapshot first;
		try (ConfigurableApplicationContext app = start(url)) {
			first = Snapshot.of(app);
		}
		assertThat(first.migrations()).isEqualTo(migrationFiles());
		assertThat(first.organizations()).isEqualTo(29);
		assertThat(first.groups()).isEqualTo(30);
		assertThat(first.users()).isZero();

		try (ConfigurableApplicationContext app = start(url)) {
			assertThat(Snapshot.of(app)).isEqualTo(first);
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		// command-line arguments, as an operator would give them: they override application-postgres.yml
		return new SpringApplicationBuilder(GovernanceApplication.class).run("--spring.profiles.active=postgres",
				"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--server.port=0", "--spring.mail.port=" + SharedGreenMail.port(),
				"--camunda.bpm.job-execution.enabled=false",
				// an engine of its own name: closing it must not unregister the shared test context's
				// "default" engine, which the engine's REST API of later tests looks up by name
				"--camunda.bpm.process-engine-name=productionLike");
	}

	/** Every migration in db/migration, so that a new one needs no change here. */
	private static long migrationFiles() {
		try {
			return new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*.sql").length;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	record Snapshot(long migrations, long organizations, long groups, long users, long grants) {

		static Snapshot of(ConfigurableApplicationContext app) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			IdentityService identity = app.getBean(IdentityService.class);
			return new Snapshot(
					jdbc.queryForObject("select count(*) from governance_schema_history where success", Long.class),
					jdbc.queryForObject("select count(*) from organization", Long.class),
					identity.createGroupQuery().count(), identity.createUserQuery().count(),
					app.getBean(AuthorizationService.class).createAuthorizationQuery().count());
		}

	}

}
