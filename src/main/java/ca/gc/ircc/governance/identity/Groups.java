package ca.gc.ircc.governance.identity;

/** Group ids with a fixed meaning; every other group id is an organization code. */
public final class Groups {

	/** Camunda's administrators group: full rights in Admin, Cockpit and the REST API. */
	public static final String CAMUNDA_ADMIN = "camunda-admin";

	/** The branch that leads and maintains the strategies. */
	public static final String IIR = "iir";

	/** The International Network, which oversees the missions. */
	public static final String INTERNATIONAL_NETWORK = "in";

	public static final String IMC = "imc";

	public static final String SADM = "sadm-spp";

	public static final String DM = "dm";

	private Groups() {
	}

}
