package ca.gc.ircc.governance.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ca.gc.ircc.governance.strategy.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Migration V5 runs on H2 (the default run's database) and the action-plan entities map onto it. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
class ActionPlanSchemaOnH2Test {

	@Autowired
	TestEntityManager entities;

	@Autowired
	ActionPlanRepository plans;

	@Autowired
	SubmissionRepository submissions;

	@Test
	void shouldStoreAPlanWithAPeriodASubmissionAndItsActivities() {
		ActionPlan plan = entities.persist(new ActionPlan("ASIA-H2-R1-AP", "ASIA", ReportingPeriod.of("P6M").toString(),
				List.of("mission-delhi", "rab"), Instant.parse("2026-11-21T10:00:00Z")));
		PlanPeriod period = entities.persist(new PlanPeriod(plan.getId(), 1, new PeriodBounds(
				Instant.parse("2026-10-01T04:00:00Z"), Instant.parse("2027-04-01T04:00:00Z"), "FY 2026-2027", true),
				Instant.parse("2027-04-16T04:00:00Z")));
		Submission submission = entities.persist(new Submission(period.getId(), "mission-delhi"));
		submission.submit(List.of(new Activity(0, new ActivityInput(2, "Dialogue <b>", "India", LocalDate.of(2026, 12, 1),
				51, ActivityRole.LEAD, List.of("a", "b"), "outcome", null, "virtual", "better"))), "demo", Instant.now(),
				period.getDueAt());
		entities.persist(new ReviewDecision(submission.getId(), false, "why", "demo-iir", Instant.now()));
		entities.persist(new PeriodSummary(period.getId(), Instant.now(), "{}"));
		entities.persist(new AnnualReport(plan.getId(), "FY 2026-2027", Instant.now(), "{}"));
		entities.flush();
		entities.clear();

		assertThat(plans.findByBusinessKey("ASIA-H2-R1-AP").orElseThrow().getContributors())
			.containsExactly("mission-delhi", "rab");
		Submission stored = submissions.findByPeriodIdAndContributor(period.getId(), "mission-delhi").orElseThrow();
		assertThat(stored.getStatus()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(stored.getActivities()).singleElement().satisfies(a -> {
			assertThat(a.getEventSize()).isEqualTo(EventSize.LARGE);
			assertThat(a.getCitations()).containsExactly("a", "b");
			assertThat(a.getTitle()).isEqualTo("Dialogue <b>");
		});
	}

}
