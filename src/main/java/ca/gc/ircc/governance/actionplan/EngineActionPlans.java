package ca.gc.ircc.governance.actionplan;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Starts and closes action plans on the engine, by the process contract's keys and names. */
@Component
class EngineActionPlans implements ActionPlans {

	static final String PROCESS_KEY = "action-plan-collection";

	static final String SUPERSEDED_MESSAGE = "strategySuperseded";

	private final RuntimeService runtimeService;

	EngineActionPlans(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	@Override
	public void startFor(String strategyCode, String reviewBusinessKey, List<String> contributors) {
		closeRunning(strategyCode);
		runtimeService.createProcessInstanceByKey(PROCESS_KEY)
			.businessKey(reviewBusinessKey + "-AP")
			.setVariable("strategyCode", strategyCode)
			.setVariable("contributors", SpinValues.jsonValue(Spin.JSON(contributors).toString()).create())
			.execute();
	}

	@Override
	public void closeRunning(String strategyCode) {
		runtimeService.createMessageCorrelation(SUPERSEDED_MESSAGE)
			.processInstanceVariableEquals("strategyCode", strategyCode)
			.correlateAll();
	}

}
