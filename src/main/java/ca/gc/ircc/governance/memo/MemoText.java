package ca.gc.ircc.governance.memo;

/** The sections of a memorandum to the Deputy Minister, as in the June 2022 memo on the strategies. */
public record MemoText(String summary, String background, String currentStatus, String nextSteps) {

	/** The memo as the SADM and the DM read it. */
	public String render(MemoPurpose purpose, String title) {
		return "MEMORANDUM TO THE DEPUTY MINISTER\n" + title.toUpperCase() + "\n"
				+ (purpose == null ? "" : purpose.name().replace('_', ' ')) + "\n\nSUMMARY\n" + summary
				+ "\n\nBACKGROUND\n" + background + "\n\nCURRENT STATUS\n" + currentStatus + "\n\nNEXT STEPS\n"
				+ nextSteps;
	}

}
