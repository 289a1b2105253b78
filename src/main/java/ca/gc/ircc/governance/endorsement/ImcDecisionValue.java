package ca.gc.ircc.governance.endorsement;

/** What the Issues Management Committee decides on a draft. */
public enum ImcDecisionValue {

	ENDORSED, ENDORSED_WITH_CHANGES, RETURNED, REJECTED;

	boolean endorses() {
		return this == ENDORSED || this == ENDORSED_WITH_CHANGES;
	}

}
