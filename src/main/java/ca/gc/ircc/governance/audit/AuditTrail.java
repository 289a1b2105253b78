package ca.gc.ircc.governance.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ca.gc.ircc.governance.NotFoundException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Service;

/**
 * Builds the audit trail of one process instance, by business key, from the engine's history (kept
 * at level {@code full}): when it started and by whom, every task completed with the user who
 * completed it and the values recorded with it, every task the process closed on its own, claims
 * and reassignments, and how it ended. History queries run as the caller, so Camunda's authorizations
 * decide what it may read. The queries are bounded by one process instance, so they ask for all of
 * it ({@code unlimitedList}: the engine's query limit is for callers' ad-hoc lists).
 */
@Service
public class AuditTrail {

	private static final String COMPLETED = "completed";

	/** A value longer than this (a large Json variable) is cut: the trail names it, the records hold it. */
	static final int MAX_VALUE_LENGTH = 2000;

	private final HistoryService history;

	AuditTrail(HistoryService history) {
		this.history = history;
	}

	public List<AuditEvent> of(String processDefinitionKey, String businessKey) {
		List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(processDefinitionKey)
			.processInstanceBusinessKey(businessKey)
			.unlimitedList();
		if (instances.isEmpty()) {
			throw new NotFoundException("No " + processDefinitionKey + " with business key " + businessKey);
		}
		List<AuditEvent> events = new ArrayList<>();
		for (HistoricProcessInstance instance : instances) {
			events.addAll(eventsOf(instance));
		}
		events.sort(Comparator.comparing(AuditEvent::at));
		return events;
	}

	private List<AuditEvent> eventsOf(HistoricProcessInstance instance) {
		String id = instance.getId();
		List<UserOperationLogEntry> operations = history.createUserOperationLogQuery()
			.processInstanceId(id)
			.unlimitedList();
		Map<String, UserOperationLogEntry> completions = operations.stream()
			.filter(op -> UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(op.getOperationType()))
			.filter(op -> op.getTaskId() != null && op.getUserId() != null)
			.collect(Collectors.toMap(UserOperationLogEntry::getTaskId, op -> op, (first, second) -> first));
		List<HistoricVariableUpdate> updates = variableUpdates(id);
		Map<String, Map<String, String>> valuesByActivityInstance = valuesByActivityInstance(id, updates);
		Map<String, Map<String, String>> valuesByOperation = valuesByOperation(updates);

		List<AuditEvent> events = new ArrayList<>();
		events.add(new AuditEvent(instant(instance.getStartTime()), actorOr(instance.getStartUserId()), "Started",
				instance.getProcessDefinitionName(), instance.getProcessDefinitionKey(),
				valuesByActivityInstance.getOrDefault(id, Map.of())));
		for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
			.processInstanceId(id)
			.finished()
			.unlimitedList()) {
			events.add(taskEvent(task, completions.get(task.getId()), valuesByActivityInstance, valuesByOperation));
		}
		for (UserOperationLogEntry op : operations) {
			if (isClaimOrAssignment(op)) {
				events.add(new AuditEvent(instant(op.getTimestamp()), actorOr(op.getUserId()), readable(op.getOperationType()),
						taskName(op.getTaskId()), null, op.getNewValue() == null ? Map.of()
								: Map.of(op.getProperty(), op.getNewValue())));
			}
		}
		if (instance.getEndTime() != null) {
			events.add(new AuditEvent(instant(instance.getEndTime()), AuditEvent.SYSTEM,
					instance.getDeleteReason() == null ? "Ended" : "Cancelled: " + instance.getDeleteReason(),
					instance.getEndActivityId(), instance.getEndActivityId(), Map.of()));
		}
		return events;
	}

	/**
	 * A completed task's values are what the user's completion wrote (the variables of that user
	 * operation), not what the form displayed; without a recorded operation (a completion by the
	 * system), every value on the task's scope.
	 */
	private AuditEvent taskEvent(HistoricTaskInstance task, UserOperationLogEntry completion,
			Map<String, Map<String, String>> valuesByActivityInstance,
			Map<String, Map<String, String>> valuesByOperation) {
		boolean completed = COMPLETED.equals(task.getDeleteReason());
		String actor = !completed ? AuditEvent.SYSTEM
				: completion != null ? completion.getUserId() : actorOr(task.getAssignee());
		String action = completed ? "Completed" : "Closed without completion";
		Map<String, String> values = new LinkedHashMap<>();
		if (completion != null) {
			values.putAll(valuesByOperation.getOrDefault(completion.getOperationId(), Map.of()));
		}
		else if (completed) {
			if (task.getActivityInstanceId() != null) {
				values.putAll(valuesByActivityInstance.getOrDefault(task.getActivityInstanceId(), Map.of()));
			}
			values.putAll(valuesByActivityInstance.getOrDefault(task.getId(), Map.of()));
		}
		return new AuditEvent(instant(task.getEndTime()), actor, action, task.getName(), task.getTaskDefinitionKey(), values);
	}

	/**
	 * The last value of each variable set, grouped by the task (or activity instance) that set it. A
	 * value set when completing a task belongs to that task; one set at the start, to the instance.
	 */
	private List<HistoricVariableUpdate> variableUpdates(String processInstanceId) {
		List<HistoricVariableUpdate> updates = new ArrayList<>();
		for (HistoricDetail detail : history.createHistoricDetailQuery()
			.processInstanceId(processInstanceId)
			.variableUpdates()
			.disableBinaryFetching()
			.orderByTime()
			.asc()
			.unlimitedList()) {
			updates.add((HistoricVariableUpdate) detail);
		}
		return updates;
	}

	/** The values each user operation (a completion, a start) wrote, by operation id. */
	private static Map<String, Map<String, String>> valuesByOperation(List<HistoricVariableUpdate> updates) {
		Map<String, Map<String, String>> values = new LinkedHashMap<>();
		for (HistoricVariableUpdate update : updates) {
			if (update.getUserOperationId() != null) {
				values.computeIfAbsent(update.getUserOperationId(), key -> new LinkedHashMap<>())
					.put(update.getVariableName(), shorten(String.valueOf(update.getValue())));
			}
		}
		return values;
	}

	private static Map<String, Map<String, String>> valuesByActivityInstance(String processInstanceId,
			List<HistoricVariableUpdate> updates) {
		Map<String, Map<String, String>> values = new LinkedHashMap<>();
		for (HistoricVariableUpdate update : updates) {
			String owner = update.getTaskId() != null ? update.getTaskId() : update.getActivityInstanceId();
			if (owner == null) {
				owner = processInstanceId;
			}
			values.computeIfAbsent(owner, key -> new LinkedHashMap<>())
				.put(update.getVariableName(), shorten(String.valueOf(update.getValue())));
		}
		return values;
	}

	private static String shorten(String value) {
		return value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH) + "…";
	}

	private static boolean isClaimOrAssignment(UserOperationLogEntry op) {
		return UserOperationLogEntry.OPERATION_TYPE_CLAIM.equals(op.getOperationType())
				|| UserOperationLogEntry.OPERATION_TYPE_ASSIGN.equals(op.getOperationType())
				|| UserOperationLogEntry.OPERATION_TYPE_DELEGATE.equals(op.getOperationType());
	}

	private String taskName(String taskId) {
		if (taskId == null) {
			return null;
		}
		HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
		return task == null ? taskId : task.getName();
	}

	private static String readable(String operationType) {
		return switch (operationType) {
			case UserOperationLogEntry.OPERATION_TYPE_CLAIM -> "Claimed";
			case UserOperationLogEntry.OPERATION_TYPE_ASSIGN -> "Assigned";
			case UserOperationLogEntry.OPERATION_TYPE_DELEGATE -> "Delegated";
			default -> operationType;
		};
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

	private static String actorOr(String userId) {
		return userId == null ? AuditEvent.SYSTEM : userId;
	}

}
