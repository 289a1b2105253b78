package ca.gc.ircc.governance.dashboard;

import java.time.Instant;
import java.util.List;

/** Everything the dashboard page shows to one user, already filtered by what its organization may see. */
record DashboardView(List<StrategyRow> strategies, List<ConsultationStatus> consultations,
		List<ComplianceGrid> compliance, List<IndicatorRollup> indicators) {

	/**
	 * A strategy, its current version and the stage of its running review cycle (if any, and if the
	 * user may see it: {@code cycleHidden} when one runs that the user's organization does not take part in yet).
	 */
	record StrategyRow(String code, String titleEn, String titleFr, String versionLabel, String versionStatus,
			String inEffectLabel, String reviewBusinessKey, boolean cycleHidden, List<StepState> strip,
			List<OpenTask> tasks) {
	}

	/** One step of the lifecycle strip: {@code done}, {@code current} or {@code todo}. */
	record StepState(LifecycleStep step, String state) {

		public String messageKey() {
			return step.messageKey();
		}

	}

	/** An open task the user may see, with its address in Tasklist; a consultation task names its consultee. */
	record OpenTask(String id, String name, String consulteeEn, String consulteeFr, String tasklistUrl) {
	}

	/** The latest consultation round of a running review cycle (closed once everyone answered or the deadline passed). */
	record ConsultationStatus(String businessKey, String strategyCode, int roundNumber, Instant due, long daysLeft,
			boolean closed, List<ConsulteeRow> consultees) {
	}

	/** A consultee's answer; {@code position} is null while it has not answered. */
	record ConsulteeRow(String code, String nameEn, String nameFr, String position, Instant respondedAt) {

		public boolean answered() {
			return position != null && !"NO_RESPONSE".equals(position);
		}

	}

	/** The submissions of an open action plan: one row per contributor, one column per period. */
	record ComplianceGrid(String businessKey, String strategyCode, List<Integer> periods, List<ContributorRow> rows,
			List<Integer> summarizedPeriods, List<String> annualReports) {
	}

	/**
	 * A contributor's status per period (null where it has no submission) and its on-time rate over the
	 * periods already due (or overdue, or submitted): submitted by the due date, whatever the review said since.
	 */
	record ContributorRow(String code, String nameEn, String nameFr, List<String> statuses, int onTime, int due) {

		public Integer onTimePercent() {
			return due == 0 ? null : Math.round(100f * onTime / due);
		}

	}

	/** The indicators of an open action plan, one row per period and strategic priority with activities. */
	record IndicatorRollup(String businessKey, String strategyCode, List<IndicatorRow> rows) {
	}

	/**
	 * What the activities of a period under a priority add up to: their number, event sizes, participants,
	 * Canada's role, citations and outcomes listed.
	 */
	record IndicatorRow(int period, int priority, String priorityEn, String priorityFr, int activities, int small,
			int medium, int large, long participants, int lead, int resource, int participant, int citations,
			int outcomes) {
	}

}
