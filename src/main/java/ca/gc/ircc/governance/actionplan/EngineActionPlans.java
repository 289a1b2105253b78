package ca.gc.ircc.governance.actionplan;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.springframework.stereotype.Component;

/** Starts and closes action plans on the engine, by the process contract's keys and names. */
@Component
class EngineActionPlans implements ActionPlans {

	static final String PROCESS_KEY = ActionPlanProcess.KEY;

	static final String SUPERSEDED_MESSAGE = ActionPlanProcess.SUPERSEDED_MESSAGE;

	private final RuntimeService runtimeService;

	EngineActionPlans(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	/** @param contributors null for the default ones: the branches and the missions of the strategy's region */
	@Override
	public void startFor(String strategyCode, String reviewBusinessKey, List<String> contributors) {
		closeRunning(strategyCode);
		ProcessInstantiationBuilder start = runtimeService.createProcessInstanceByKey(PROCESS_KEY)
			.businessKey(reviewBusinessKey + ActionPlanProcess.BUSINESS_KEY_SUFFIX)
			.setVariable(ActionPlanProcess.STRATEGY_CODE, strategyCode);
		if (contributors != null) {
			start.setVariable(ActionPlanProcess.CONTRIBUTORS, ProcessVariables.jsonValue(contributors));
		}
		start.execute();
	}

	@Override
	public void closeRunning(String strategyCode) {
		runtimeService.createMessageCorrelation(SUPERSEDED_MESSAGE)
			.processInstanceVariableEquals(ActionPlanProcess.STRATEGY_CODE, strategyCode)
			.correlateAll();
	}

}
