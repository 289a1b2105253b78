package ca.gc.ircc.governance.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server the bench measures on: an embedded one (its binaries from Maven Central), or
 * the server of a given URL. Each part of the bench gets a database of its own on that server.
 */
final class BenchDatabase implements AutoCloseable {

	private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/:]+)(?::(\\d+))?/([^?]*)(\\?.*)?");

	private final EmbeddedPostgres embedded;

	private final String host;

	private final int port;

	private final String adminDatabase;

	private final String query;

	final String user;

	final String password;

	private BenchDatabase(EmbeddedPostgres embedded, String host, int port, String adminDatabase, String query,
			String user, String password) {
		this.embedded = embedded;
		this.host = host;
		this.port = port;
		this.adminDatabase = adminDatabase;
		this.query = query;
		this.user = user;
		this.password = password;
	}

	static BenchDatabase open(BenchSettings settings) throws IOException {
		if (settings.embedded()) {
			// PostgreSQL's own defaults (durable commits), not the embedded server's test settings
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("fsync", "on")
				.start();
			return new BenchDatabase(server, "localhost", server.getPort(), "postgres", "", "postgres", "");
		}
		Matcher url = URL.matcher(settings.jdbcUrl());
		if (!url.matches()) {
			throw new IllegalArgumentException("bench.jdbc-url must read jdbc:postgresql://host[:port]/database, not "
					+ settings.jdbcUrl());
		}
		return new BenchDatabase(null, url.group(1), url.group(2) == null ? 5432 : Integer.parseInt(url.group(2)),
				url.group(3), url.group(4) == null ? "" : url.group(4), settings.jdbcUser(), settings.jdbcPassword());
	}

	String host() {
		return host;
	}

	int port() {
		return port;
	}

	String url(String database) {
		return "jdbc:postgresql://" + host + ":" + port + "/" + database + query;
	}

	/** A new, empty database (an older one of the same name is dropped). */
	String createDatabase(String name) throws SQLException {
		try (Connection connection = connect(adminDatabase); Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + name);
		}
		return url(name);
	}

	void dropDatabase(String name) throws SQLException {
		try (Connection connection = connect(adminDatabase); Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
	}

	Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(url(database), user, password);
	}

	HikariDataSource pool(String database, int size) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url(database));
		config.setUsername(user);
		config.setPassword(password);
		config.setMaximumPoolSize(size);
		config.setPoolName("bench-" + database);
		return new HikariDataSource(config);
	}

	/** What PostgreSQL counted in one database so far: transactions committed, rows inserted, updated or deleted. */
	record Activity(long commits, long rowsWritten) {

		Activity minus(Activity earlier) {
			return new Activity(commits - earlier.commits, rowsWritten - earlier.rowsWritten);
		}

		Activity plus(Activity other) {
			return new Activity(commits + other.commits, rowsWritten + other.rowsWritten);
		}

	}

	/**
	 * A busy backend reports its counts to the statistics at least once a second, so a window of many
	 * seconds is counted within a few per cent.
	 */
	Activity activity(String database) throws SQLException {
		try (Connection connection = connect(adminDatabase);
				PreparedStatement statement = connection.prepareStatement("SELECT xact_commit, "
						+ "tup_inserted + tup_updated + tup_deleted FROM pg_stat_database WHERE datname = ?")) {
			statement.setString(1, database);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return new Activity(rows.getLong(1), rows.getLong(2));
			}
		}
	}

	String describe() throws SQLException {
		try (Connection connection = connect(adminDatabase); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT version(), current_setting('synchronous_commit'), "
						+ "current_setting('fsync'), current_setting('shared_buffers')")) {
			rows.next();
			String version = rows.getString(1);
			return (embedded != null ? "embedded " : host + ":" + port + " ")
					+ version.substring(0, version.indexOf(" on ") > 0 ? version.indexOf(" on ") : version.length())
					+ ", synchronous_commit=" + rows.getString(2) + ", fsync=" + rows.getString(3)
					+ ", shared_buffers=" + rows.getString(4);
		}
	}

	@Override
	public void close() throws IOException {
		if (embedded != null) {
			embedded.close();
		}
	}

}
