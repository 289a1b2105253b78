package ca.gc.ircc.governance.actionplan;

/** Where a contributor's update for one period stands (the process contract's values). */
public enum SubmissionStatus {

	/** Not submitted yet, before the due date. */
	PENDING,
	/** Submitted, waiting for IIR's review. */
	SUBMITTED,
	/** Returned by IIR with a reason; back with the contributor. */
	RETURNED,
	ACCEPTED,
	/** Not submitted (or returned and not resubmitted) by the due date. */
	OVERDUE;

	boolean awaitsContributor() {
		return this == PENDING || this == RETURNED || this == OVERDUE;
	}

}
