package ca.gc.ircc.governance.distribution;

import ca.gc.ircc.governance.actionplan.ActionPlans;
import ca.gc.ircc.governance.review.ReviewProcess;
import ca.gc.ircc.governance.strategy.StrategyRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task: the strategy's action plan starts (closing the one of the version it supersedes). */
@Component("startActionPlan")
class StartActionPlan implements JavaDelegate {

	private final ActionPlans actionPlans;

	private final DistributionLists lists;

	private final StrategyRepository strategies;

	StartActionPlan(ActionPlans actionPlans, DistributionLists lists, StrategyRepository strategies) {
		this.actionPlans = actionPlans;
		this.lists = lists;
		this.strategies = strategies;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String strategyCode = (String) execution.getVariable(ReviewProcess.STRATEGY_CODE);
		actionPlans.startFor(strategyCode, execution.getProcessBusinessKey(),
				lists.contributors(strategies.findById(strategyCode).orElseThrow()));
	}

}
