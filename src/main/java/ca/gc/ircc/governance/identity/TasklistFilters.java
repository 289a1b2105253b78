package ca.gc.ircc.governance.identity;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Tasklist shows tasks only through filters, and a new installation has none: these shared
 * filters let a user see its work as soon as it logs in. Created once, by name.
 */
@Component
class TasklistFilters {

	private final FilterService filterService;

	private final TaskService taskService;

	TasklistFilters(FilterService filterService, TaskService taskService) {
		this.filterService = filterService;
		this.taskService = taskService;
	}

	void ensure() {
		ensure("My organization's tasks", -10, "Tasks routed to your organization, claimed or not",
				taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
					.includeAssignedTasks());
		ensure("My tasks", 0, "Tasks you have claimed",
				taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
		ensure("Due soon or overdue", 10, "Your organization's tasks due within three days, or late",
				taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
					.includeAssignedTasks()
					.dueBeforeExpression("${dateTime().plusDays(3).toDate()}"));
	}

	private void ensure(String name, int priority, String description, TaskQuery query) {
		if (filterService.createFilterQuery().filterName(name).count() > 0) {
			return;
		}
		Filter filter = filterService.newTaskFilter(name);
		filter.setQuery(query);
		filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true,
				"variables", List.of(Map.of("name", "strategyCode", "label", "Strategy"))));
		filterService.saveFilter(filter);
	}

}
