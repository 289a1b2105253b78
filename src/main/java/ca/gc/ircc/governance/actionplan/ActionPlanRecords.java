package ca.gc.ircc.governance.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import ca.gc.ircc.governance.GovernanceProperties;
import ca.gc.ircc.governance.NotFoundException;
import ca.gc.ircc.governance.strategy.ReportingPeriod;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the action plan's records: the plan, its periods, submissions, activities and reviews. */
@Service
@Transactional
public class ActionPlanRecords {

	private final ActionPlanRepository plans;

	private final PlanPeriodRepository periods;

	private final SubmissionRepository submissions;

	private final ReviewDecisionRepository reviews;

	private final GovernanceProperties properties;

	private final AnnualReportProperties annualReport;

	private final Clock clock;

	ActionPlanRecords(ActionPlanRepository plans, PlanPeriodRepository periods, SubmissionRepository submissions,
			ReviewDecisionRepository reviews, GovernanceProperties properties, AnnualReportProperties annualReport,
			Optional<Clock> clock) {
		this.plans = plans;
		this.periods = periods;
		this.submissions = submissions;
		this.reviews = reviews;
		this.properties = properties;
		this.annualReport = annualReport;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Records a new action plan; a retried start finds the one already recorded. */
	public ActionPlan open(String businessKey, String strategyCode, List<String> contributors,
			ReportingPeriod reportingPeriod) {
		return plans.findByBusinessKey(businessKey)
			.orElseGet(() -> plans.save(new ActionPlan(businessKey, strategyCode, reportingPeriod.toString(),
					contributors, clock.instant().truncatedTo(ChronoUnit.SECONDS))));
	}

	/** Starts the plan's next reporting period (the first one on the first call): one PENDING submission per contributor. */
	public PlanPeriod startNextPeriod(String businessKey) {
		ActionPlan plan = require(businessKey);
		PeriodCalendar calendar = new PeriodCalendar(ReportingPeriod.of(plan.getReportingPeriod()),
				annualReport.shortPeriodsPerYear());
		List<PlanPeriod> existing = periods.findByActionPlanIdOrderByNumber(plan.getId());
		PeriodBounds bounds;
		int number;
		if (existing.isEmpty()) {
			number = 1;
			bounds = calendar.first(plan.getStartedAt());
		}
		else {
			PlanPeriod last = existing.get(existing.size() - 1);
			number = last.getNumber() + 1;
			bounds = calendar.next(new PeriodBounds(last.getStartsAt(), last.getEndsAt(), last.getReportYear(),
					last.isClosesReportYear()), number);
		}
		PlanPeriod period = periods.save(new PlanPeriod(plan.getId(), number, bounds,
				bounds.end().plus(properties.actionPlan().dueAfterPeriodEnd())));
		for (String contributor : plan.getContributors()) {
			submissions.save(new Submission(period.getId(), contributor));
		}
		return period;
	}

	@Transactional(readOnly = true)
	public ActionPlan require(String businessKey) {
		return plans.findByBusinessKey(businessKey)
			.orElseThrow(() -> new NotFoundException("No action plan " + businessKey));
	}

	@Transactional(readOnly = true)
	public Optional<ActionPlan> find(String businessKey) {
		return plans.findByBusinessKey(businessKey);
	}

	@Transactional(readOnly = true)
	public PlanPeriod period(String businessKey, int number) {
		return periods.findByActionPlanIdAndNumber(require(businessKey).getId(), number)
			.orElseThrow(() -> new NotFoundException("No period " + number + " in action plan " + businessKey));
	}

	@Transactional(readOnly = true)
	public List<PlanPeriod> periods(ActionPlan plan) {
		return periods.findByActionPlanIdOrderByNumber(plan.getId());
	}

	@Transactional(readOnly = true)
	public List<Submission> submissions(List<PlanPeriod> of) {
		return submissions.findByPeriodIdInOrderByContributor(of.stream().map(PlanPeriod::getId).toList());
	}

	@Transactional(readOnly = true)
	public Submission submission(String businessKey, int periodNumber, String contributor) {
		PlanPeriod period = period(businessKey, periodNumber);
		return submissions.findByPeriodIdAndContributor(period.getId(), contributor)
			.orElseThrow(() -> new NotFoundException("No submission of " + contributor + " for period "
					+ periodNumber + " of " + businessKey));
	}

	/** The period's submissions still awaited from their contributors (pending, returned or overdue). */
	@Transactional(readOnly = true)
	public List<Submission> awaited(PlanPeriod period) {
		return submissions.findByPeriodIdInOrderByContributor(List.of(period.getId()))
			.stream()
			.filter(submission -> submission.getStatus().awaitsContributor())
			.toList();
	}

	@Transactional(readOnly = true)
	public Submission submission(Long id) {
		return submissions.findById(id).orElseThrow(() -> new NotFoundException("No submission " + id));
	}

	@Transactional(readOnly = true)
	public PlanPeriod periodOf(Submission submission) {
		return periods.findById(submission.getPeriodId()).orElseThrow();
	}

	@Transactional(readOnly = true)
	public ActionPlan planOf(PlanPeriod period) {
		return plans.findById(period.getActionPlanId()).orElseThrow();
	}

	/** The activities of the contributor's latest accepted update before this period, to carry forward. */
	@Transactional(readOnly = true)
	public List<ActivityInput> carriedForward(String businessKey, int periodNumber, String contributor) {
		ActionPlan plan = require(businessKey);
		List<PlanPeriod> earlier = periods.findByActionPlanIdOrderByNumber(plan.getId())
			.stream()
			.filter(p -> p.getNumber() < periodNumber)
			.toList();
		return submissions.findByPeriodIdInOrderByContributor(earlier.stream().map(PlanPeriod::getId).toList())
			.stream()
			.filter(s -> s.getContributor().equals(contributor) && s.getStatus() == SubmissionStatus.ACCEPTED)
			.reduce((first, second) -> earlierPeriod(first, second, earlier) ? second : first)
			.map(s -> s.getActivities().stream().map(Activity::toInput).toList())
			.orElse(List.of());
	}

	private static boolean earlierPeriod(Submission first, Submission second, List<PlanPeriod> periods) {
		return numberOf(first, periods) < numberOf(second, periods);
	}

	private static int numberOf(Submission submission, List<PlanPeriod> periods) {
		return periods.stream().filter(p -> p.getId().equals(submission.getPeriodId())).findFirst().orElseThrow().getNumber();
	}

	/** Stores a validated update: its activities replace any earlier ones; the update waits for review. */
	public Submission recordUpdate(Long submissionId, List<ActivityInput> activities, String userId) {
		Submission submission = submission(submissionId);
		List<Activity> reported = new java.util.ArrayList<>();
		for (int i = 0; i < activities.size(); i++) {
			reported.add(new Activity(i, activities.get(i)));
		}
		submission.submit(reported, userId, clock.instant(), periodOf(submission).getDueAt());
		return submission;
	}

	public Submission recordReview(Long submissionId, boolean accepted, String reason, String userId) {
		Submission submission = submission(submissionId);
		reviews.save(new ReviewDecision(submissionId, accepted, accepted ? null : reason, userId, clock.instant()));
		if (accepted) {
			submission.accept();
		}
		else {
			submission.returnToContributor();
		}
		return submission;
	}

	@Transactional(readOnly = true)
	public Optional<ReviewDecision> latestReview(Long submissionId) {
		return reviews.findBySubmissionIdOrderByReviewedAtDescIdDesc(submissionId).stream().findFirst();
	}

	/** @return whether the submission just became overdue (it was still awaited from its contributor) */
	public boolean markOverdue(Long submissionId) {
		return submission(submissionId).markOverdueIfAwaited();
	}

	public void close(String businessKey) {
		plans.findByBusinessKey(businessKey).ifPresent(plan -> plan.close(clock.instant()));
	}

	Instant now() {
		return clock.instant();
	}

}
