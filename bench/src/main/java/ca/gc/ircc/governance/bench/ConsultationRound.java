package ca.gc.ircc.governance.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * One consultation round as users make it, through the engine's Java API (what the REST API and
 * Tasklist call): IIR starts the cycle and completes the draft, six consultees answer in parallel
 * (two with comments), IIR consolidates, IMC decides (rejects, which ends the cycle so that the same
 * client can start the next one on its strategy). Each step looks its task up as a user's task list
 * would: by candidate group.
 */
final class ConsultationRound implements ClientLoad.Work {

	static final String PROCESS_KEY = "strategy-review";

	static final List<String> CONSULTEES = List.of("rab", "in", "irm", "ib", "gac", "cbsa");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String DRAFT = "Draft of the regional strategy: priorities, partners and expected outcomes. ".repeat(8);

	/** Bare: no authentication, no application code. Application: each call as the user who makes it. */
	enum Mode {
		BARE, APPLICATION
	}

	private final Mode mode;

	private final String strategyCode;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final IdentityService identity;

	ConsultationRound(ProcessEngine engine, Mode mode, String strategyCode) {
		this.mode = mode;
		this.strategyCode = strategyCode;
		this.runtime = engine.getRuntimeService();
		this.tasks = engine.getTaskService();
		this.identity = engine.getIdentityService();
	}

	static String userOf(String group) {
		return "bench-" + group;
	}

	@Override
	public void run() throws Exception {
		String instance = as("iir", () -> runtime.startProcessInstanceByKey(PROCESS_KEY, startVariables()).getId());
		complete(instance, "draftStrategy", "iir", Map.of("draftText", DRAFT));
		for (int i = 0; i < CONSULTEES.size(); i++) {
			boolean commented = i < 2;
			complete(instance, "respondToConsultation", CONSULTEES.get(i),
					Map.of("position", commented ? "SUPPORT_WITH_COMMENTS" : "SUPPORT", "comments",
							commented ? "Please add the 2026 targets for " + CONSULTEES.get(i) + "." : ""));
		}
		Task consolidation = task(instance, "consolidateFeedback", "iir");
		complete(consolidation, "iir", Map.of("dispositions", dispositions(consolidation)));
		complete(instance, "imcEndorsement", "imc",
				Map.of("imcDecision", "REJECTED", "imcMeetingDate", "2026-04-12", "imcConditions", ""));
	}

	private Map<String, Object> startVariables() throws JsonProcessingException {
		Map<String, Object> variables = new HashMap<>();
		variables.put("strategyCode", strategyCode);
		String due = OffsetDateTime.now(ZoneOffset.ofHours(-5)).plusDays(30).withNano(0).toString();
		variables.put("consultationDue", due);
		if (mode == Mode.APPLICATION) {
			variables.put("consultees", SpinValues.jsonValue(JSON.writeValueAsString(CONSULTEES)).create());
		}
		else {
			// the bare process runs its multi-instance over this list itself (no application bean reads it)
			variables.put("consultees", Variables.objectValue(new ArrayList<>(CONSULTEES))
				.serializationDataFormat(Variables.SerializationDataFormats.JSON)
				.create());
			// what the application's "Plan the next reminder" step works out: a reminder point before the deadline
			variables.put("reminderPending", true);
			variables.put("nextReminderAt", OffsetDateTime.now(ZoneOffset.ofHours(-5)).plusDays(23).withNano(0).toString());
		}
		return variables;
	}

	/** IIR's disposition of every commented response: the application lists them; the bare run writes the same. */
	private Object dispositions(Task consolidation) throws Exception {
		List<Map<String, Object>> lines = new ArrayList<>();
		if (mode == Mode.APPLICATION) {
			SpinJsonNode toDispose = as("iir", () -> (SpinJsonNode) tasks.getVariable(consolidation.getId(), "dispositions"));
			for (SpinJsonNode line : toDispose.elements()) {
				lines.add(disposition(line.prop("responseId").numberValue().longValue(), line.prop("consultee").stringValue()));
			}
		}
		else {
			for (int i = 0; i < 2; i++) {
				lines.add(disposition(i, CONSULTEES.get(i)));
			}
		}
		return SpinValues.jsonValue(JSON.writeValueAsString(lines)).create();
	}

	private static Map<String, Object> disposition(long responseId, String consultee) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("responseId", responseId);
		line.put("disposition", "ACCEPTED");
		line.put("rationale", "Added to the draft; thanks to " + consultee + ".");
		return line;
	}

	private void complete(String instance, String taskKey, String group, Map<String, Object> variables) throws Exception {
		complete(task(instance, taskKey, group), group, variables);
	}

	private void complete(Task task, String group, Map<String, Object> variables) throws Exception {
		as(group, () -> {
			tasks.complete(task.getId(), Variables.fromMap(variables));
			return null;
		});
	}

	private Task task(String instance, String taskKey, String group) throws Exception {
		Task task = as(group, () -> tasks.createTaskQuery()
			.processInstanceId(instance)
			.taskDefinitionKey(taskKey)
			.taskCandidateGroup(group)
			.singleResult());
		if (task == null) {
			throw new IllegalStateException("No open task " + taskKey + " for " + group + " in " + instance);
		}
		return task;
	}

	private <T> T as(String group, java.util.concurrent.Callable<T> call) throws Exception {
		if (mode == Mode.BARE) {
			return call.call();
		}
		identity.setAuthentication(userOf(group), List.of(group));
		try {
			return call.call();
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
