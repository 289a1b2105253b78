package ca.gc.ircc.governance.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server for the whole test JVM (its binaries come from Maven Central), so the
 * suite needs nothing installed and starts the server once.
 */
public final class SharedPostgres {

	private static EmbeddedPostgres server;

	private SharedPostgres() {
	}

	public static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
			}
		}
		return server;
	}

	/** The database the shared application context uses. */
	public static String jdbcUrl() {
		return server().getJdbcUrl("postgres", "postgres");
	}

	/** A new, empty database on the shared server, for tests that need a schema of their own. */
	public static String newDatabase(String name) {
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name);
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
		return server().getJdbcUrl("postgres", name);
	}

}
