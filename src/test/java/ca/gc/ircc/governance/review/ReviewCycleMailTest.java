package ca.gc.ircc.governance.review;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

import ca.gc.ircc.governance.distribution.DistributionLists;
import ca.gc.ircc.governance.notification.MailHeaders;
import ca.gc.ircc.governance.strategy.StrategyRepository;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static ca.gc.ircc.governance.review.ReviewCycleDriver.awaitMail;
import static ca.gc.ircc.governance.review.ReviewCycleDriver.inDays;
import static ca.gc.ircc.governance.review.ReviewProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole review cycle on PostgreSQL with the mails it sends received by a real SMTP server: the
 * reminder to a silent consultee, the non-response notice to IIR, the distribution of the strategy.
 */
@ReviewCycleTest
class ReviewCycleMailTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	DistributionLists distributionLists;

	@Autowired
	StrategyRepository strategies;

	@AfterEach
	void cancelLeftovers() {
		new ReviewCycleDriver(engine).cancelRunningCycles();
	}

	@Test
	void shouldMailRemindersTheNonResponseNoticeAndTheStrategyAlongAWholeCycle() throws Exception {
		ReviewCycleDriver driver = new ReviewCycleDriver(engine);
		driver.cancelRunningCycles();
		ProcessInstance cycle = driver.start("ASIA", List.of("rab", "mission-delhi"), inDays(20));
		String key = cycle.getBusinessKey();
		driver.draft(cycle, "IRCC Strategy for Asia, 2026 revision.");
		driver.respond(cycle, "rab", "SUPPORT", null);

		driver.execute(driver.reminderTimers(cycle).get(0));
		MimeMessage reminder = awaitMail(key + ":consultation-reminder:1:mission-delhi:P14D", "demo-mission-delhi@example.org");
		assertThat(reminder.getHeader(MailHeaders.KIND)[0]).isEqualTo("CONSULTATION_REMINDER");
		assertThat(ReviewCycleDriver.mails(key + ":consultation-reminder:1:rab:P14D")).isEmpty();

		driver.execute(driver.deadlineTimer(cycle));
		MimeMessage notice = awaitMail(key + ":non-response:1", "demo-iir@example.org");
		assertThat(notice.getHeader(MailHeaders.KIND)[0]).isEqualTo("NON_RESPONSE_NOTICE");

		driver.consolidate(cycle, "ACCEPTED");
		driver.imc(cycle, "ENDORSED", null);
		driver.memo(cycle, "FOR_INFORMATION");
		driver.complete(cycle, APPROVE_DM_MEMO, MEMO_APPROVED, true);
		driver.complete(cycle, DM_REVIEW, DM_DECISION, "ACKNOWLEDGED");
		driver.runAsynchronousSteps(cycle);

		List<String> distributionList = distributionLists.distributionList(strategies.findById("ASIA").orElseThrow());
		assertThat(distributionList).contains("rab", "gac", "cbsa", "ps", "mission-delhi", "mission-tokyo")
			.doesNotContain("iir", "irb", "mission-bogota");
		for (String organization : distributionList) {
			MimeMessage mail = awaitMail(key + ":distribution:" + organization, organization + "@example.org");
			assertThat(mail.getHeader(MailHeaders.KIND)[0]).isEqualTo("DISTRIBUTION");
		}
		awaitMail(key + ":distribution:mission-delhi", "demo-mission-delhi@example.org");
	}

}
