package ca.gc.ircc.governance.actionplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.gc.ircc.governance.identity.Groups;
import ca.gc.ircc.governance.notification.Notification;
import ca.gc.ircc.governance.notification.NotificationKind;
import ca.gc.ircc.governance.notification.Notifications;
import ca.gc.ircc.governance.strategy.StrategicPriorityRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Compiles period summaries and annual reports, stores them and mails them to IIR. */
@Service
@Transactional
public class ActionPlanReports {

	private final ActionPlanRecords records;

	private final PeriodSummaryRepository summaries;

	private final AnnualReportRepository annualReports;

	private final StrategicPriorityRepository priorities;

	private final Notifications notifications;

	private final ObjectMapper json;

	ActionPlanReports(ActionPlanRecords records, PeriodSummaryRepository summaries,
			AnnualReportRepository annualReports, StrategicPriorityRepository priorities, Notifications notifications,
			ObjectMapper json) {
		this.records = records;
		this.summaries = summaries;
		this.annualReports = annualReports;
		this.priorities = priorities;
		this.notifications = notifications;
		this.json = json;
	}

	/**
	 * Compiles the summary of a period once its updates are due: who submitted, who is late (marked
	 * {@code OVERDUE}), the activities per priority, event sizes, citations and outcomes.
	 */
	public PeriodSummary compilePeriodSummary(String businessKey, int periodNumber) {
		ActionPlan plan = records.require(businessKey);
		PlanPeriod period = records.period(businessKey, periodNumber);
		var existing = summaries.findByPeriodId(period.getId());
		if (existing.isPresent()) {
			return existing.get();
		}
		List<Submission> submissions = records.submissions(List.of(period));
		List<String> submitted = new ArrayList<>();
		List<String> overdue = new ArrayList<>();
		Map<String, String> statuses = new LinkedHashMap<>();
		ActivityTally tally = new ActivityTally(priorities.findByStrategyCodeOrderByNumber(plan.getStrategyCode()));
		for (Submission submission : submissions) {
			submission.markOverdueIfAwaited();
			statuses.put(submission.getContributor(), submission.getStatus().name());
			if (submission.getStatus() == SubmissionStatus.OVERDUE) {
				overdue.add(submission.getContributor());
			}
			else {
				submitted.add(submission.getContributor());
				tally.add(periodNumber, submission);
			}
		}
		Map<String, Object> content = header(plan);
		content.put("period", periodView(period));
		content.put("submitted", submitted);
		content.put("overdue", overdue);
		content.put("statuses", statuses);
		tally.writeTo(content, plan.getStrategyCode());
		PeriodSummary summary = summaries.save(new PeriodSummary(period.getId(), records.now(), write(content)));
		notifications.send(new Notification(NotificationKind.PERIOD_SUMMARY,
				businessKey + ":summary:" + periodNumber, Groups.IIR, plan.getStrategyCode(), businessKey, null, null,
				null, null, content));
		return summary;
	}

	/** Compiles the annual report of the report year that the given period closes. */
	public AnnualReport compileAnnualReport(String businessKey, int closingPeriodNumber) {
		ActionPlan plan = records.require(businessKey);
		String reportYear = records.period(businessKey, closingPeriodNumber).getReportYear();
		var existing = annualReports.findByActionPlanIdAndReportYear(plan.getId(), reportYear);
		if (existing.isPresent()) {
			return existing.get();
		}
		List<PlanPeriod> periods = records.periods(plan)
			.stream()
			.filter(p -> p.getReportYear().equals(reportYear))
			.toList();
		ActivityTally tally = new ActivityTally(priorities.findByStrategyCodeOrderByNumber(plan.getStrategyCode()));
		Map<String, Map<String, Integer>> perContributor = new LinkedHashMap<>();
		List<Map<String, Object>> periodViews = new ArrayList<>();
		for (PlanPeriod period : periods) {
			periodViews.add(periodView(period));
			for (Submission submission : records.submissions(List.of(period))) {
				Map<String, Integer> counts = perContributor.computeIfAbsent(submission.getContributor(),
						c -> new LinkedHashMap<>(Map.of("accepted", 0, "late", 0, "missing", 0)));
				if (submission.getStatus() == SubmissionStatus.ACCEPTED) {
					counts.merge("accepted", 1, Integer::sum);
					tally.add(period.getNumber(), submission);
				}
				else if (submission.getStatus() == SubmissionStatus.OVERDUE) {
					counts.merge("missing", 1, Integer::sum);
				}
				if (submission.isLate()) {
					counts.merge("late", 1, Integer::sum);
				}
			}
		}
		Map<String, Object> content = header(plan);
		content.put("reportYear", reportYear);
		content.put("periods", periodViews);
		content.put("contributors", perContributor);
		tally.writeTo(content, plan.getStrategyCode());
		AnnualReport report = annualReports
			.save(new AnnualReport(plan.getId(), reportYear, records.now(), write(content)));
		notifications.send(new Notification(NotificationKind.ANNUAL_REPORT,
				businessKey + ":annual-report:" + reportYear, Groups.IIR, plan.getStrategyCode(), businessKey, null,
				null, null, null, content));
		return report;
	}

	@Transactional(readOnly = true)
	public java.util.Optional<PeriodSummary> summaryOf(PlanPeriod period) {
		return summaries.findByPeriodId(period.getId());
	}

	@Transactional(readOnly = true)
	public List<AnnualReport> annualReportsOf(ActionPlan plan) {
		return annualReports.findByActionPlanIdOrderByReportYear(plan.getId());
	}

	private static Map<String, Object> header(ActionPlan plan) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("businessKey", plan.getBusinessKey());
		content.put("strategyCode", plan.getStrategyCode());
		return content;
	}

	private static Map<String, Object> periodView(PlanPeriod period) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("number", period.getNumber());
		view.put("start", period.getStartsAt().toString());
		view.put("end", period.getEndsAt().toString());
		view.put("due", period.getDueAt().toString());
		return view;
	}

	private String write(Map<String, Object> content) {
		try {
			return json.writeValueAsString(content);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Could not write a report", ex);
		}
	}

}
