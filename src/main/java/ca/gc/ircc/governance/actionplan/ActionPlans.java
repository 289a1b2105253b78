package ca.gc.ircc.governance.actionplan;

import java.util.List;

/** How the rest of the application starts and closes the action plan of a strategy version. */
public interface ActionPlans {

	/**
	 * Starts process {@code action-plan-collection} for a strategy version that has just come into
	 * effect (business key {@code <reviewBusinessKey>-AP}), after closing the strategy's running action
	 * plan, if any, with message {@code strategySuperseded}.
	 */
	void startFor(String strategyCode, String reviewBusinessKey, List<String> contributors);

	/** Closes the strategy's running action plan (message {@code strategySuperseded}), if any. */
	void closeRunning(String strategyCode);

}
