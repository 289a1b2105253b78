package ca.gc.ircc.governance.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of an audit trail: who did what, when, and with which values.
 *
 * @param at when it happened
 * @param actor the user id, or {@code system} for what the process did on its own (a deadline passing)
 * @param action what happened, in plain words ("Completed", "Started", "Closed without completion"…)
 * @param element the task or step concerned, by name
 * @param elementKey its stable id (a task definition key of the process contract)
 * @param values the decisions and comments recorded with it
 */
public record AuditEvent(Instant at, String actor, String action, String element, String elementKey,
		Map<String, String> values) {

	public static final String SYSTEM = "system";

}
