package ca.gc.ircc.governance.memo;

/** The Deputy Minister's answer: acknowledged (for information), approved or not (for decision). */
public enum DmDecision {

	ACKNOWLEDGED, APPROVED, NOT_APPROVED

}
