package ca.gc.ircc.governance.distribution;

import ca.gc.ircc.governance.review.ReviewProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task: the approved version comes into effect and goes out to the distribution list. */
@Component("distributeStrategy")
class DistributeStrategy implements JavaDelegate {

	private final Distributions distributions;

	DistributeStrategy(Distributions distributions) {
		this.distributions = distributions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		distributions.distribute(execution.getProcessBusinessKey(), (Long) execution.getVariable(ReviewProcess.VERSION_ID));
	}

}
