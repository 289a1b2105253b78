package ca.gc.ircc.governance.review;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;

/** Who is acting in a process step: the authenticated Camunda user, when there is one. */
public final class Actors {

	private Actors() {
	}

	public static String current(ProcessEngineServicesAware step) {
		Authentication authentication = step.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return authentication == null ? null : authentication.getUserId();
	}

	/** A variable's text, or null when absent or blank. */
	public static String text(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		return value == null || value.toString().isBlank() ? null : value.toString();
	}

}
