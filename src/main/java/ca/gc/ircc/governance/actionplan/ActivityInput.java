package ca.gc.ircc.governance.actionplan;

import java.time.LocalDate;
import java.util.List;

/** An activity as a contributor reported it, once validated. Optional indicators are null. */
public record ActivityInput(int priority, String title, String partner, LocalDate date, Integer participants,
		ActivityRole role, List<String> citations, String outcome, Boolean newParticipants, String context,
		String applicationQuality) {

	public ActivityInput {
		citations = citations == null ? List.of() : List.copyOf(citations);
	}

}
