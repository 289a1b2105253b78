package ca.gc.ircc.governance.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ca.gc.ircc.governance.actionplan.ActionPlanProcess;
import ca.gc.ircc.governance.actionplan.ActionPlans;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The task-list volume: action plans of {@code contributors} missions each, started through the
 * application (every update task with its task-available mail, each period with its reminder timer), the updates of
 * some plans submitted (IIR's review tasks), and completed tasks added to the history in bulk.
 */
final class OpenTasks {

	private final BenchApplication application;

	private final BenchDatabase database;

	private final BenchSettings.Scale scale;

	OpenTasks(BenchApplication application, BenchDatabase database, BenchSettings.Scale scale) {
		this.application = application;
		this.database = database;
		this.scale = scale;
	}

	static String planKey(int i) {
		return BenchApplication.planStrategy(i) + "-2026-R1" + ActionPlanProcess.BUSINESS_KEY_SUFFIX;
	}

	/** The plans nobody has submitted to: their reminders are the ones the sweep makes due. */
	List<String> plansWithoutSubmissions() {
		List<String> keys = new ArrayList<>();
		for (int i = scale.plansWithSubmissions() + 1; i <= scale.plansOfOpenTasks(); i++) {
			keys.add(planKey(i));
		}
		return keys;
	}

	void startPlans() throws Exception {
		ActionPlans plans = application.bean(ActionPlans.class);
		List<String> contributors = BenchApplication.missions(scale.contributors());
		ExecutorService starters = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> started = new ArrayList<>();
			for (int i = 1; i <= scale.plansOfOpenTasks(); i++) {
				String strategy = BenchApplication.planStrategy(i);
				started.add(starters.submit(() -> plans.startFor(strategy, strategy + "-2026-R1", contributors)));
			}
			for (Future<?> start : started) {
				start.get();
			}
		}
		finally {
			starters.shutdown();
		}
	}

	/** Each contributor of the first plans submits "nothing to report": IIR gets a review task for each. */
	void submitUpdates() {
		TaskService tasks = application.engine().getTaskService();
		IdentityService identity = application.engine().getIdentityService();
		for (int i = 1; i <= scale.plansWithSubmissions(); i++) {
			List<Task> updates = tasks.createTaskQuery()
				.processInstanceBusinessKey(planKey(i))
				.taskDefinitionKey(ActionPlanProcess.SUBMIT_TASK)
				.list();
			for (Task update : updates) {
				String contributor = (String) tasks.getVariable(update.getId(), ActionPlanProcess.CONTRIBUTOR);
				identity.setAuthentication(ConsultationRound.userOf(contributor), List.of(contributor));
				try {
					tasks.complete(update.getId(),
							Variables.createVariables().putValue(ActionPlanProcess.NOTHING_TO_REPORT, true));
				}
				finally {
					identity.clearAuthentication();
				}
			}
		}
	}

	/**
	 * Tops the history up to {@code historicTasks} completed tasks, copying the shape (process, task,
	 * assignee) of the completed tasks already there and spreading them over five years: years of history
	 * made through the engine would take hours.
	 */
	int fillHistory() throws Exception {
		try (Connection connection = database.connect(BenchApplication.DATABASE);
				Statement statement = connection.createStatement()) {
			int completed = count(statement, "SELECT COUNT(*) FROM act_hi_taskinst WHERE end_time_ IS NOT NULL");
			int missing = scale.historicTasks() - completed;
			if (missing > 0) {
				try (PreparedStatement insert = connection.prepareStatement("""
						INSERT INTO act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_,
						    proc_inst_id_, execution_id_, act_inst_id_, name_, assignee_, start_time_, end_time_, duration_,
						    delete_reason_, priority_, due_date_, removal_time_)
						SELECT 'bench-history-' || g, t.task_def_key_, t.proc_def_key_, t.proc_def_id_, t.root_proc_inst_id_,
						    t.proc_inst_id_, t.execution_id_, t.act_inst_id_, t.name_, t.assignee_,
						    t.start_time_ - make_interval(mins => g % 2628000), t.end_time_ - make_interval(mins => g % 2628000),
						    t.duration_, t.delete_reason_, t.priority_, t.due_date_, t.removal_time_
						FROM generate_series(1, ?) g
						JOIN (SELECT h.*, ROW_NUMBER() OVER (ORDER BY h.id_) - 1 AS n FROM act_hi_taskinst h
						      WHERE h.end_time_ IS NOT NULL) t
						  ON t.n = g % ?
						""")) {
					insert.setInt(1, missing);
					insert.setInt(2, completed);
					insert.executeUpdate();
				}
			}
			// a production database's statistics are current; right after a bulk load they are not yet
			statement.execute("ANALYZE");
			return count(statement, "SELECT COUNT(*) FROM act_hi_taskinst WHERE end_time_ IS NOT NULL");
		}
	}

	int openTasks() throws Exception {
		try (Connection connection = database.connect(BenchApplication.DATABASE);
				Statement statement = connection.createStatement()) {
			return count(statement, "SELECT COUNT(*) FROM act_ru_task");
		}
	}

	/** Tasklist's first page of the shared filter "My organization's tasks", as the user's browser asks for it. */
	Latencies taskList(String group, int samples) throws Exception {
		WebSession browser = new WebSession(application.port).logIntoTasklist(ConsultationRound.userOf(group),
				BenchApplication.PASSWORD);
		String filters = WebSession.expect(200, browser.getJson("/camunda/api/engine/engine/default/filter?resourceType=Task&firstResult=0&maxResults=100"),
				"the filters").body();
		String filterId = filterId(filters, "My organization's tasks");
		String path = "/camunda/api/engine/engine/default/filter/" + filterId + "/list?firstResult=0&maxResults=15";
		String query = """
				{"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],\
				"sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true}""";
		String first = WebSession.expect(200, browser.postHal(path, query), "the task list of " + group).body();
		if (!first.contains("\"_embedded\"") || first.contains("\"task\":[]")) {
			throw new IllegalStateException("The task list of " + group + " is empty: " + first);
		}
		return Latencies.measure(samples / 5, samples, () -> WebSession.expect(200, browser.postHal(path, query), "task list"));
	}

	/**
	 * The engine's share of that request: the same filter's first page and its count, through the Java
	 * API as the user, without HTTP, the webapps' filter chain or the HAL rendering.
	 */
	Latencies engineTaskList(String group, int samples) throws Exception {
		ProcessEngine engine = application.engine();
		IdentityService identity = engine.getIdentityService();
		FilterService filters = engine.getFilterService();
		identity.clearAuthentication();
		String filterId = filters.createFilterQuery().filterName("My organization's tasks").singleResult().getId();
		TaskQuery page = engine.getTaskService().createTaskQuery().active().orderByTaskCreateTime().desc();
		String user = ConsultationRound.userOf(group);
		return Latencies.measure(samples / 5, samples, () -> {
			identity.setAuthentication(user, List.of(group));
			try {
				if (filters.listPage(filterId, page, 0, 15).isEmpty() || filters.count(filterId, page) == 0) {
					throw new IllegalStateException("The engine shows " + user + " no task");
				}
			}
			finally {
				identity.clearAuthentication();
			}
		});
	}

	private static String filterId(String filtersJson, String name) throws Exception {
		for (var filter : new com.fasterxml.jackson.databind.ObjectMapper().readTree(filtersJson)) {
			if (name.equals(filter.path("name").asText())) {
				return filter.path("id").asText();
			}
		}
		throw new IllegalStateException("No filter named " + name + " in " + filtersJson);
	}

	private static int count(Statement statement, String sql) throws Exception {
		try (ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getInt(1);
		}
	}

}
