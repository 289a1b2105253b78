package ca.gc.ircc.governance.consultation;

/** A consultee's position on the draft; {@code NO_RESPONSE} is recorded by the deadline, never chosen. */
public enum Position {

	SUPPORT, SUPPORT_WITH_COMMENTS, CONCERNS, NO_COMMENT, NO_RESPONSE;

	boolean needsComments() {
		return this == SUPPORT_WITH_COMMENTS || this == CONCERNS;
	}

}
