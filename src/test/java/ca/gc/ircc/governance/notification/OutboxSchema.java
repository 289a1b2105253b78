package ca.gc.ircc.governance.notification;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application's migrations on a database of a test's own, without a Spring context. */
final class OutboxSchema {

	private OutboxSchema() {
	}

	/** Migrates the database as the application does. @return the outbox store on it */
	static OutboxStore migrated(DataSource dataSource) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.table("governance_schema_history")
			.load()
			.migrate();
		return new OutboxStore(new JdbcTemplate(dataSource));
	}

}
