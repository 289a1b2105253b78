package ca.gc.ircc.governance.actionplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.gc.ircc.governance.strategy.StrategicPriority;

/** Counts what the reported activities add up to, for period summaries and annual reports. */
final class ActivityTally {

	private final Map<Integer, Map<String, Object>> perPriority = new LinkedHashMap<>();

	private final Map<String, Integer> eventSizes = new LinkedHashMap<>();

	private final Map<String, Integer> roles = new LinkedHashMap<>();

	private final List<Map<String, Object>> citations = new ArrayList<>();

	private final List<Map<String, Object>> outcomes = new ArrayList<>();

	private int activities;

	private int withNewParticipants;

	ActivityTally(List<StrategicPriority> priorities) {
		for (StrategicPriority priority : priorities) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("number", priority.getNumber());
			entry.put("title", priority.getTitleEn());
			entry.put("titleFr", priority.getTitleFr());
			entry.put("activities", 0);
			perPriority.put(priority.getNumber(), entry);
		}
		for (EventSize size : EventSize.values()) {
			eventSizes.put(size.name(), 0);
		}
		for (ActivityRole role : ActivityRole.values()) {
			roles.put(role.name(), 0);
		}
	}

	void add(int period, Submission submission) {
		for (Activity activity : submission.getActivities()) {
			activities++;
			perPriority.computeIfPresent(activity.getPriority(),
					(number, entry) -> {
						entry.put("activities", (Integer) entry.get("activities") + 1);
						return entry;
					});
			if (activity.getEventSize() != null) {
				eventSizes.merge(activity.getEventSize().name(), 1, Integer::sum);
			}
			if (activity.getRole() != null) {
				roles.merge(activity.getRole().name(), 1, Integer::sum);
			}
			if (Boolean.TRUE.equals(activity.getNewParticipants())) {
				withNewParticipants++;
			}
			for (String citation : activity.getCitations()) {
				citations.add(Map.of("period", period, "contributor", submission.getContributor(), "activity",
						activity.getTitle(), "citation", citation));
			}
			if (activity.getOutcome() != null) {
				outcomes.add(Map.of("period", period, "contributor", submission.getContributor(), "activity",
						activity.getTitle(), "outcome", activity.getOutcome()));
			}
		}
	}

	void writeTo(Map<String, Object> content, String strategyCode) {
		content.put("activities", activities);
		content.put("activitiesPerPriority", List.copyOf(perPriority.values()));
		content.put("eventSizes", eventSizes);
		content.put("roles", roles);
		if (StrategyIndicators.of(strategyCode).contains(StrategyIndicators.NEW_PARTICIPANTS)) {
			content.put("activitiesWithNewParticipants", withNewParticipants);
		}
		content.put("citations", citations);
		content.put("outcomes", outcomes);
	}

}
