package ca.gc.ircc.governance.review;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

import ca.gc.ircc.governance.support.IntegrationTest;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static ca.gc.ircc.governance.review.ReviewCycleDriver.inDays;
import static org.assertj.core.api.Assertions.assertThat;

/** The French half of a mail names the task in French, from the task's {@code nameFr} in the BPMN. */
@IntegrationTest
class BilingualMailTest {

	@Autowired
	ProcessEngine engine;

	@AfterEach
	void cancel() {
		new ReviewCycleDriver(engine).cancelRunningCycles();
	}

	@Test
	void shouldNameTheTaskInEnglishThenInFrench() throws Exception {
		ReviewCycleDriver driver = new ReviewCycleDriver(engine);
		driver.cancelRunningCycles();
		ProcessInstance cycle = driver.start("ASIA", List.of("rab"), inDays(20));
		Task draft = driver.task(cycle, ReviewProcess.DRAFT_STRATEGY);

		MimeMessage mail = ReviewCycleDriver.awaitMail("task:" + draft.getId() + ":iir", "iir@example.org");

		assertThat(mail.getSubject()).contains("Draft the strategy").contains("Rédiger la stratégie");
		String body = GreenMailUtil.getBody(mail);
		assertThat(body.indexOf("Draft the strategy")).isLessThan(body.indexOf("R=C3=A9diger la strat=C3=A9gie") >= 0
				? body.indexOf("R=C3=A9diger la strat=C3=A9gie") : body.indexOf("Rédiger la stratégie"));
	}

}
