package ca.gc.ircc.governance.memo;

/** Why the memo goes to the Deputy Minister, which decides what the DM can answer. */
public enum MemoPurpose {

	FOR_INFORMATION, FOR_DECISION;

	boolean allows(DmDecision decision) {
		return this == FOR_INFORMATION ? decision == DmDecision.ACKNOWLEDGED : decision != DmDecision.ACKNOWLEDGED;
	}

}
