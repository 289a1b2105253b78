package ca.gc.ircc.governance.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A review cycle as {@code GET /api/review-cycles/{businessKey}} shows it: where it stands ({@code stage}:
 * the open task keys, or the end state) and the records taken so far. Decisions not taken yet are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewCycleView(String businessKey, String strategyCode, List<String> stage, String endState,
		String versionLabel, String versionStatus, Integer consultationRound, Instant consultationDue,
		List<ConsultationEntry> consultation, String imcDecision, LocalDate imcMeetingDate, String imcConditions,
		String memoPurpose, Boolean memoApproved, String dmDecision, List<String> distributedTo) {

	/** One consultee of the latest round; {@code position} stays null until it answers or the deadline passes. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record ConsultationEntry(String consultee, String position, String comments, Instant respondedAt,
			String disposition, String rationale) {
	}

}
