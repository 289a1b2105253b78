package ca.gc.ircc.governance.review;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Reads the contract's Json variables where the BPMN needs plain Java values (multi-instance collections). */
@Component("reviewVariables")
public class ReviewVariables {

	/** The consultees of the open round, one consultation task each. */
	public List<String> consultees(DelegateExecution execution) {
		return JsonValues.strings(ReviewProcess.CONSULTEES, execution.getVariable(ReviewProcess.CONSULTEES));
	}

}
