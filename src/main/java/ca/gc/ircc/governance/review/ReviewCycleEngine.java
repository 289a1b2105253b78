package ca.gc.ircc.governance.review;

import java.util.List;
import java.util.Map;

import ca.gc.ircc.governance.ProcessInputException;
import ca.gc.ircc.governance.InvalidInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The one place the review cycle's API talks to the engine: start a cycle, see where it stands. */
@Component
class ReviewCycleEngine {

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final IdentityService identityService;

	ReviewCycleEngine(RuntimeService runtimeService, TaskService taskService, IdentityService identityService) {
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.identityService = identityService;
	}

	/**
	 * Starts {@code strategy-review} as the authenticated caller (so Camunda's authorizations apply).
	 * The start listener validates; its refusal comes back as the domain's {@link InvalidInputException}.
	 * @return the business key of the new cycle
	 */
	String start(String businessKey, Map<String, Object> variables) {
		try {
			ProcessInstance instance = runtimeService.createProcessInstanceByKey(ReviewProcess.KEY)
				.businessKey(businessKey)
				.setVariables(Variables.fromMap(variables))
				.execute();
			return instance.getBusinessKey();
		}
		catch (ProcessEngineException ex) {
			InvalidInputException invalid = ProcessInputException.invalidInputIn(ex);
			if (invalid != null) {
				throw invalid;
			}
			throw ex;
		}
	}

	/**
	 * Where a running cycle stands, whoever may see its tasks: the keys of its open tasks, else (while a
	 * step runs in the background, e.g. the distribution) the ids of its active activities.
	 */
	List<String> stage(String businessKey) {
		Authentication caller = identityService.getCurrentAuthentication();
		try {
			identityService.clearAuthentication();
			List<String> taskKeys = taskService.createTaskQuery()
				.processDefinitionKey(ReviewProcess.KEY)
				.processInstanceBusinessKey(businessKey)
				.list()
				.stream()
				.map(Task::getTaskDefinitionKey)
				.distinct()
				.sorted()
				.toList();
			if (!taskKeys.isEmpty()) {
				return taskKeys;
			}
			return runtimeService.createProcessInstanceQuery()
				.processDefinitionKey(ReviewProcess.KEY)
				.processInstanceBusinessKey(businessKey)
				.list()
				.stream()
				.flatMap(instance -> runtimeService.getActiveActivityIds(instance.getId()).stream())
				.distinct()
				.sorted()
				.toList();
		}
		finally {
			if (caller != null) {
				identityService.setAuthentication(caller);
			}
		}
	}

}
