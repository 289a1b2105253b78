package ca.gc.ircc.governance.notification;

import java.time.Instant;
import java.util.Map;

import ca.gc.ircc.governance.organization.OrganizationDirectory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells each candidate organization of a new user task that the task waits for it, for every
 * process: Camunda publishes its task events on the Spring event bus (the starter's event bridge),
 * inside the transaction that creates the task.
 */
@Component
class TaskAvailableNotifier {

	/** The process variable that names the strategy, by the process contract. */
	static final String STRATEGY_CODE = "strategyCode";

	private final Notifications notifications;

	private final OrganizationDirectory organizations;

	TaskAvailableNotifier(Notifications notifications, OrganizationDirectory organizations) {
		this.notifications = notifications;
		this.organizations = organizations;
	}

	static String idempotencyKey(String taskId, String group) {
		return "task:" + taskId + ":" + group;
	}

	@EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
	void onTaskCreated(DelegateTask task) {
		for (IdentityLink candidate : task.getCandidates()) {
			String group = candidate.getGroupId();
			if (group == null || !IdentityLinkType.CANDIDATE.equals(candidate.getType())
					|| !organizations.exists(group)) {
				continue;
			}
			notifications.send(new Notification(NotificationKind.TASK_AVAILABLE, idempotencyKey(task.getId(), group),
					group, strategyCode(task), task.getExecution() == null ? null
							: task.getExecution().getProcessBusinessKey(),
					task.getId(), task.getName(), due(task), null, frenchName(task)));
		}
	}

	/** The task's French name, from the {@code nameFr} property of its BPMN element, when it has one. */
	private static Map<String, Object> frenchName(DelegateTask task) {
		UserTask element = task.getBpmnModelElementInstance();
		if (element == null || element.getExtensionElements() == null) {
			return Map.of();
		}
		return element.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()
			.stream()
			.flatMap(properties -> properties.getCamundaProperties().stream())
			.filter(property -> "nameFr".equals(property.getCamundaName()) && property.getCamundaValue() != null)
			.findFirst()
			.<Map<String, Object>>map(property -> Map.of(Notification.TASK_NAME_FR, property.getCamundaValue()))
			.orElse(Map.of());
	}

	private static String strategyCode(DelegateTask task) {
		Object code = task.getVariable(STRATEGY_CODE);
		return code instanceof String text ? text : null;
	}

	private static Instant due(DelegateTask task) {
		return task.getDueDate() == null ? null : task.getDueDate().toInstant();
	}

}
