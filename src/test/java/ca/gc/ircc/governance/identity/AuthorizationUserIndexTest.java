package ca.gc.ircc.governance.identity;

import javax.sql.DataSource;

import ca.gc.ircc.governance.support.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuthorizationUserIndexTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	ProcessEngine engine;

	@Test
	void shouldIndexTheGrantsOfEachUser() {
		String definition = new JdbcTemplate(dataSource).queryForObject(
				"SELECT indexdef FROM pg_indexes WHERE tablename = 'act_ru_authorization' AND indexname = ?",
				String.class, AuthorizationUserIndex.NAME.toLowerCase());

		assertThat(definition).contains("(user_id_)");
	}

	@Test
	void shouldLeaveAnExistingIndexAsItIs() {
		new AuthorizationUserIndex().postProcessEngineBuild(engine);

		assertThat(AuthorizationUserIndex.exists(dataSource)).isTrue();
	}

}
