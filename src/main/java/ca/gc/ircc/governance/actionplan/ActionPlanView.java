package ca.gc.ircc.governance.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code GET /api/action-plans/{businessKey}}: the periods and, per contributor, its submission. */
public record ActionPlanView(String businessKey, String strategyCode, String status, String reportingPeriod,
		List<String> contributors, List<PeriodView> periods) {

	public record PeriodView(int number, Instant start, Instant end, Instant due, List<SubmissionView> submissions) {
	}

	/** Activities and the return reason only for those who may see them. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record SubmissionView(String contributor, SubmissionStatus status, Instant submittedAt, Boolean late,
			String returnReason, List<ActivityView> activities) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ActivityView(int priority, String priorityTitle, String title, String partner, LocalDate date,
			Integer participants, EventSize eventSize, ActivityRole role, List<String> citations, String outcome,
			Boolean newParticipants, String context, String applicationQuality) {
	}

}
