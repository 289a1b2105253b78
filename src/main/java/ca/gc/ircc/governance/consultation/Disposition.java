package ca.gc.ircc.governance.consultation;

/** What IIR did with a comment, in the "what we heard" record. */
public enum Disposition {

	ACCEPTED, PARTIALLY_ACCEPTED, NOT_ACCEPTED

}
