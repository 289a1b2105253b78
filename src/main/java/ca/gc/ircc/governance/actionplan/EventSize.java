package ca.gc.ircc.governance.actionplan;

/**
 * The size of an event, derived from its participants. The seed's bands, "Small (0-10), Medium
 * (10-50), Large (50+)", overlap at 10 and 50; here 10 is Small and 50 is Medium.
 */
public enum EventSize {

	SMALL, MEDIUM, LARGE;

	static EventSize of(Integer participants) {
		if (participants == null) {
			return null;
		}
		if (participants <= 10) {
			return SMALL;
		}
		return participants <= 50 ? MEDIUM : LARGE;
	}

}
