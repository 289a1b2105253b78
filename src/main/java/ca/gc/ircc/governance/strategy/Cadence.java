package ca.gc.ircc.governance.strategy;

/** How often contributors provide an updated action plan (the seed: quarterly for the Americas, bi-annual for Asia). */
public enum Cadence {

	QUARTERLY(3), SEMI_ANNUAL(6), ANNUAL(12);

	private final int months;

	Cadence(int months) {
		this.months = months;
	}

	public ReportingPeriod defaultPeriod() {
		return ReportingPeriod.ofMonths(months);
	}

}
