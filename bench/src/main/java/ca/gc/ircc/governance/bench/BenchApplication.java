package ca.gc.ircc.governance.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import ca.gc.ircc.governance.GovernanceApplication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as production runs it (profile {@code postgres}, the job executor and the outbox
 * dispatcher on), on a database of its own, with the bench's organizations and strategies recorded
 * before it starts, so that its own start-up gives them their groups and rights.
 */
final class BenchApplication implements AutoCloseable {

	static final String PASSWORD = "bench-password-1";

	static final String DATABASE = "bench_app";

	/** The strategies each client thread runs its consultation rounds on. */
	static final String ROUND_STRATEGY = "BENCHR";

	/** The strategies whose action plans hold the open tasks and the reminders. */
	static final String PLAN_STRATEGY = "BENCHP";

	/** The strategy of the dashboard's large plan. */
	static final String DASHBOARD_STRATEGY = "BENCHD";

	final ConfigurableApplicationContext context;

	final int port;

	private BenchApplication(ConfigurableApplicationContext context) {
		this.context = context;
		this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	static String mission(int i) {
		return "mission-bench-%03d".formatted(i);
	}

	static List<String> missions(int count) {
		return IntStream.rangeClosed(1, count).mapToObj(BenchApplication::mission).toList();
	}

	static String planStrategy(int i) {
		return PLAN_STRATEGY + "%02d".formatted(i);
	}

	/** @param extraArguments appended to the bench's own, so that they win: e.g. a setting whose effect is measured */
	static BenchApplication start(BenchDatabase database, BenchSettings.Scale scale, int maxThreads, int smtpPort,
			List<String> extraArguments) throws Exception {
		String url = database.createDatabase(DATABASE);
		Flyway.configure()
			.dataSource(url, database.user, database.password)
			.locations("classpath:db/migration")
			.table("governance_schema_history")
			.load()
			.migrate();
		try (Connection connection = database.connect(DATABASE)) {
			recordOrganizationsAndStrategies(connection, scale, maxThreads);
		}
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + database.user,
					"--spring.datasource.password=" + database.password, "--server.port=0",
					"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
					"--governance.notifications.base-url=http://localhost",
					// the bench's clients speak plain HTTP: cookies marked secure would not come back
					"--server.servlet.session.cookie.secure=false",
					"--camunda.bpm.webapp.csrf.enable-secure-cookie=false",
					"--camunda.bpm.webapp.session-cookie.enable-secure-cookie=false",
					// reminders go out when they come due, whatever the hour the bench runs at
					"--governance.reminders.respect-working-hours=false",
					"--logging.level.root=warn", "--logging.level.ca.gc.ircc=warn", "--spring.main.banner-mode=off"));
		arguments.addAll(extraArguments);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(GovernanceApplication.class)
			.profiles("postgres")
			.run(arguments.toArray(String[]::new));
		BenchApplication application = new BenchApplication(context);
		application.createUsers(scale);
		return application;
	}

	ProcessEngine engine() {
		return context.getBean(ProcessEngine.class);
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	private static void recordOrganizationsAndStrategies(Connection connection, BenchSettings.Scale scale, int maxThreads)
			throws Exception {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO organization "
				+ "(code, name_en, name_fr, kind, region, time_zone, email) VALUES (?, ?, ?, 'MISSION', 'AMERICAS', "
				+ "'America/Bogota', ?)")) {
			for (String code : missions(scale.contributors())) {
				insert.setString(1, code);
				insert.setString(2, "Bench mission " + code.substring(code.lastIndexOf('-') + 1));
				insert.setString(3, "Mission d'essai " + code.substring(code.lastIndexOf('-') + 1));
				insert.setString(4, code + "@example.org");
				insert.addBatch();
			}
			insert.executeBatch();
		}
		List<String> strategies = new ArrayList<>();
		for (int i = 1; i <= maxThreads; i++) {
			strategies.add(ROUND_STRATEGY + i);
		}
		for (int i = 1; i <= scale.plansOfOpenTasks(); i++) {
			strategies.add(planStrategy(i));
		}
		strategies.add(DASHBOARD_STRATEGY);
		try (PreparedStatement strategy = connection.prepareStatement("INSERT INTO strategy "
				+ "(code, title_en, title_fr, region, cadence, lead_org_code) VALUES (?, ?, ?, 'AMERICAS', 'QUARTERLY', 'iir')");
				PreparedStatement priority = connection.prepareStatement("INSERT INTO strategic_priority "
						+ "(strategy_code, number, title_en, title_fr) VALUES (?, ?, ?, ?)")) {
			for (String code : strategies) {
				strategy.setString(1, code);
				strategy.setString(2, "Bench strategy " + code);
				strategy.setString(3, "Stratégie d'essai " + code);
				strategy.addBatch();
				for (int number = 1; number <= 4; number++) {
					priority.setString(1, code);
					priority.setInt(2, number);
					priority.setString(3, "Priority " + number + " of " + code);
					priority.setString(4, "Priorité " + number + " de " + code);
					priority.addBatch();
				}
			}
			strategy.executeBatch();
			priority.executeBatch();
		}
	}

	/** A user in each group the bench acts as: IIR, IMC, the consultees and the first mission. */
	private void createUsers(BenchSettings.Scale scale) {
		IdentityService identity = engine().getIdentityService();
		List<String> groups = new ArrayList<>(List.of("iir", "imc"));
		groups.addAll(ConsultationRound.CONSULTEES);
		groups.add(mission(1));
		for (String group : groups) {
			String id = ConsultationRound.userOf(group);
			User user = identity.newUser(id);
			user.setFirstName("Bench");
			user.setLastName(group);
			user.setPassword(PASSWORD);
			identity.saveUser(user);
			identity.createMembership(id, group);
		}
	}

	@Override
	public void close() {
		context.close();
	}

}
