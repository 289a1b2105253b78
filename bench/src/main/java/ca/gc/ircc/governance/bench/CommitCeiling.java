package ca.gc.ircc.governance.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL's own limit on small write transactions: {@code pgbench -N} (TPC-B without the hot
 * teller and branch rows) when pgbench is installed, else a JDBC loop of one-row insert-and-commit.
 */
final class CommitCeiling {

	private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

	private static final String DATABASE = "bench_ceiling";

	private final BenchDatabase database;

	private final Optional<Path> pgbench = findPgbench();

	CommitCeiling(BenchDatabase database) {
		this.database = database;
	}

	String method() {
		return pgbench.map(path -> "pgbench -N (" + path + ")").orElse("JDBC insert-commit loop (no pgbench found)");
	}

	void prepare() throws Exception {
		database.createDatabase(DATABASE);
		if (pgbench.isPresent()) {
			run(List.of(pgbench.get().toString(), "-i", "-q", "-s", "10", DATABASE));
			// a first short run, so that the first measured one does not start on a cold server
			run(List.of(pgbench.get().toString(), "-N", "-n", "-c", "2", "-j", "2", "-T", "5", DATABASE));
		}
		else {
			try (Connection connection = database.connect(DATABASE); Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE commit_probe (id BIGSERIAL PRIMARY KEY, client INT, at TIMESTAMPTZ)");
			}
		}
	}

	/** @return transactions per second with this many clients */
	double measure(int clients, Duration duration) throws Exception {
		if (pgbench.isPresent()) {
			String out = run(List.of(pgbench.get().toString(), "-N", "-n", "-c", String.valueOf(clients), "-j",
					String.valueOf(clients), "-T", String.valueOf(duration.toSeconds()), DATABASE));
			Matcher tps = TPS.matcher(out);
			if (!tps.find()) {
				throw new IllegalStateException("pgbench printed no tps:\n" + out);
			}
			return Double.parseDouble(tps.group(1));
		}
		return ClientLoad.run("bench-ceiling", clients, duration, this::insertLoop, ClientLoad.DatabaseCounter.NONE).perSecond();
	}

	void drop() throws Exception {
		database.dropDatabase(DATABASE);
	}

	private ClientLoad.Work insertLoop(int client) {
		try {
			Connection connection = database.connect(DATABASE);
			connection.setAutoCommit(false);
			PreparedStatement insert = connection.prepareStatement("INSERT INTO commit_probe (client, at) VALUES (?, now())");
			return () -> {
				insert.setInt(1, client);
				insert.executeUpdate();
				connection.commit();
			};
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String run(List<String> command) throws IOException, InterruptedException {
		List<String> full = new ArrayList<>(command);
		full.addAll(1, List.of("-h", database.host(), "-p", String.valueOf(database.port()), "-U", database.user));
		ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", database.password);
		Process process = builder.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", full) + " failed:\n" + out);
		}
		return out;
	}

	private static Optional<Path> findPgbench() {
		Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.map(dir -> Path.of(dir, "pgbench"));
		Stream<Path> debian = Stream.of("/usr/lib/postgresql").map(Path::of).filter(Files::isDirectory).flatMap(dir -> {
			try {
				return Files.list(dir).map(version -> version.resolve("bin/pgbench")).toList().stream();
			}
			catch (IOException ex) {
				return Stream.empty();
			}
		});
		return Stream.concat(onPath, debian).filter(Files::isExecutable).findFirst();
	}

}
