package ca.gc.ircc.governance.strategy;

public enum StrategyVersionStatus {

	/** Being drafted by IIR, before or between consultation rounds. */
	DRAFT,
	/** Out for consultation, consolidation or IMC endorsement. */
	IN_REVIEW,
	/** Endorsed by the IMC; the memo to the Deputy Minister is under way. */
	ENDORSED,
	/** Distributed; its action plan runs. */
	IN_EFFECT,
	/** Replaced by a newer version in effect. */
	SUPERSEDED,
	/** Rejected by the IMC. */
	REJECTED,
	/** Not approved by the Deputy Minister. */
	NOT_APPROVED,
	/** Withdrawn by IIR without a successor. */
	RETIRED;

	public boolean isUnderReview() {
		return this == DRAFT || this == IN_REVIEW || this == ENDORSED;
	}

}
