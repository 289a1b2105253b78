package ca.gc.ircc.governance.actionplan;

import java.util.Set;

/**
 * The indicators only some strategies measure (the seed's "Measuring Success" sections differ):
 * the Americas count new participants; Asia records context, timing and target, and the quality of
 * applications. The other indicators are common to every strategy.
 */
final class StrategyIndicators {

	static final String NEW_PARTICIPANTS = "newParticipants";

	static final String CONTEXT = "context";

	static final String APPLICATION_QUALITY = "applicationQuality";

	static final Set<String> ALL_SPECIFIC = Set.of(NEW_PARTICIPANTS, CONTEXT, APPLICATION_QUALITY);

	private StrategyIndicators() {
	}

	static Set<String> of(String strategyCode) {
		return switch (strategyCode) {
			case "AMERICAS" -> Set.of(NEW_PARTICIPANTS);
			case "ASIA" -> Set.of(CONTEXT, APPLICATION_QUALITY);
			default -> Set.of();
		};
	}

}
