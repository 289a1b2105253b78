package ca.gc.ircc.governance.endorsement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import ca.gc.ircc.governance.InvalidInputException;
import ca.gc.ircc.governance.review.ReviewCycles;
import ca.gc.ircc.governance.review.ReviewProcess;
import ca.gc.ircc.governance.strategy.StrategyVersion;
import ca.gc.ircc.governance.strategy.StrategyVersionStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The IMC's decisions and what they do to the draft version. */
@Service
@Transactional
public class Endorsements {

	private final ImcDecisionRepository decisions;

	private final ReviewCycles reviewCycles;

	Endorsements(ImcDecisionRepository decisions, ReviewCycles reviewCycles) {
		this.decisions = decisions;
		this.reviewCycles = reviewCycles;
	}

	public ImcDecision decide(String businessKey, long versionId, Object decision, Object meetingDate, Object conditions,
			String userId) {
		ImcDecisionValue value = decision(decision);
		LocalDate meeting = meetingDate(meetingDate);
		String text = conditions == null || conditions.toString().isBlank() ? null : conditions.toString().trim();
		if (value == ImcDecisionValue.ENDORSED_WITH_CHANGES && text == null) {
			throw new InvalidInputException(ReviewProcess.IMC_CONDITIONS, "the changes asked for are required with "
					+ value);
		}
		StrategyVersion version = reviewCycles.requireVersion(versionId);
		if (value.endorses()) {
			version.endorse(meeting);
		}
		else if (value == ImcDecisionValue.REJECTED) {
			version.moveTo(StrategyVersionStatus.REJECTED);
		}
		return decisions.save(new ImcDecision(businessKey, versionId, value, meeting, text, userId, Instant.now()));
	}

	@Transactional(readOnly = true)
	public Optional<ImcDecision> latest(String businessKey) {
		return decisions.findFirstByBusinessKeyOrderByIdDesc(businessKey);
	}

	private static ImcDecisionValue decision(Object value) {
		try {
			return ImcDecisionValue.valueOf(String.valueOf(value));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(ReviewProcess.IMC_DECISION,
					"must be ENDORSED, ENDORSED_WITH_CHANGES, RETURNED or REJECTED, not " + value);
		}
	}

	private static LocalDate meetingDate(Object value) {
		if (value == null || value.toString().isBlank()) {
			throw new InvalidInputException(ReviewProcess.IMC_MEETING_DATE, "the date of the IMC meeting is required");
		}
		try {
			return LocalDate.parse(value.toString().trim().substring(0, Math.min(10, value.toString().trim().length())));
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(ReviewProcess.IMC_MEETING_DATE, "is not an ISO date (yyyy-mm-dd): " + value);
		}
	}

}
