package ca.gc.ircc.governance.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the application at the shared PostgreSQL and GreenMail servers. */
public class TestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues
			.of("spring.datasource.url=" + SharedPostgres.jdbcUrl(), "spring.datasource.username=postgres",
					"spring.datasource.password=", "spring.mail.host=127.0.0.1",
					"spring.mail.port=" + SharedGreenMail.port())
			.applyTo(context);
		OpenContexts.register(context);
	}

}
