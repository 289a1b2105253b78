package ca.gc.ircc.governance.actionplan;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ca.gc.ircc.governance.NotFoundException;
import ca.gc.ircc.governance.identity.AccessPolicy;
import ca.gc.ircc.governance.identity.CurrentUser;
import ca.gc.ircc.governance.strategy.StrategicPriority;
import ca.gc.ircc.governance.strategy.StrategicPriorityRepository;
import ca.gc.ircc.governance.strategy.StrategyCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a caller may see of an action plan: a contributor its own submissions, IIR and IN all of them. */
@Service
@Transactional(readOnly = true)
class ActionPlanViews {

	private final ActionPlanRecords records;

	private final StrategyCatalog strategies;

	private final StrategicPriorityRepository priorities;

	private final AccessPolicy access;

	ActionPlanViews(ActionPlanRecords records, StrategyCatalog strategies, StrategicPriorityRepository priorities,
			AccessPolicy access) {
		this.records = records;
		this.strategies = strategies;
		this.priorities = priorities;
		this.access = access;
	}

	ActionPlanView view(String businessKey, CurrentUser user) {
		ActionPlan plan = records.find(businessKey).orElseThrow(() -> notFound(businessKey));
		boolean all = access.seesAllActionPlanSubmissions(user);
		if (!all && plan.getContributors().stream().noneMatch(user::isMemberOf)
				|| !access.canSeeStrategy(user, strategies.require(plan.getStrategyCode()))) {
			throw notFound(businessKey);
		}
		Map<Integer, String> priorityTitles = priorities.findByStrategyCodeOrderByNumber(plan.getStrategyCode())
			.stream()
			.collect(Collectors.toMap(StrategicPriority::getNumber, StrategicPriority::getTitleEn));
		List<PlanPeriod> periods = records.periods(plan);
		Map<Long, List<Submission>> byPeriod = records.submissions(periods)
			.stream()
			.collect(Collectors.groupingBy(Submission::getPeriodId));
		List<ActionPlanView.PeriodView> periodViews = periods.stream()
			.map(period -> new ActionPlanView.PeriodView(period.getNumber(), period.getStartsAt(), period.getEndsAt(),
					period.getDueAt(),
					byPeriod.getOrDefault(period.getId(), List.of())
						.stream()
						.filter(s -> access.canSeeActionPlanSubmission(user, s.getContributor()))
						.map(s -> submission(s, priorityTitles::get))
						.toList()))
			.toList();
		return new ActionPlanView(plan.getBusinessKey(), plan.getStrategyCode(), plan.getStatus().name(),
				plan.getReportingPeriod(), plan.getContributors(), periodViews);
	}

	private ActionPlanView.SubmissionView submission(Submission submission, Function<Integer, String> priorityTitle) {
		String returnReason = submission.getStatus() == SubmissionStatus.RETURNED
				? records.latestReview(submission.getId()).map(ReviewDecision::getReason).orElse(null) : null;
		List<ActionPlanView.ActivityView> activities = submission.getActivities()
			.stream()
			.map(a -> new ActionPlanView.ActivityView(a.getPriority(), priorityTitle.apply(a.getPriority()), a.getTitle(),
					a.getPartner(), a.getDate(), a.getParticipants(), a.getEventSize(), a.getRole(), a.getCitations(),
					a.getOutcome(), a.getNewParticipants(), a.getContext(), a.getApplicationQuality()))
			.toList();
		return new ActionPlanView.SubmissionView(submission.getContributor(), submission.getStatus(),
				submission.getSubmittedAt(), submission.isLate(), returnReason, activities);
	}

	private static NotFoundException notFound(String businessKey) {
		return new NotFoundException("No action plan " + businessKey);
	}

}
