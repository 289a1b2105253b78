package ca.gc.ircc.governance.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import ca.gc.ircc.governance.identity.AccessPolicy;
import ca.gc.ircc.governance.identity.CurrentUser;
import ca.gc.ircc.governance.review.ReviewProcess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's one reporting service: one SQL query per section over the application's tables,
 * and the engine's task query for the stages and the open tasks. What a user may see is decided by
 * {@link AccessPolicy} (and, for tasks, by Camunda's authorizations).
 */
@Service
@Transactional(readOnly = true)
class DashboardReports {

	private static final String STRATEGIES = """
			SELECT s.code, s.title_en, s.title_fr, s.region,
			       cv.label AS version_label, cv.status AS version_status, ie.label AS in_effect_label,
			       rc.business_key
			FROM strategy s
			LEFT JOIN strategy_version cv ON cv.id = (SELECT v.id FROM strategy_version v WHERE v.strategy_code = s.code
			                                          ORDER BY v.created_at DESC, v.id DESC FETCH FIRST 1 ROWS ONLY)
			LEFT JOIN strategy_version ie ON ie.id = (SELECT v.id FROM strategy_version v WHERE v.strategy_code = s.code
			                                          AND v.status = 'IN_EFFECT' ORDER BY v.id DESC FETCH FIRST 1 ROWS ONLY)
			LEFT JOIN review_cycle rc ON rc.strategy_code = s.code AND rc.end_state IS NULL
			ORDER BY s.code
			""";

	private static final String CONSULTATIONS = """
			SELECT rc.business_key, rc.strategy_code, st.region, cr.round_number, cr.due, cr.closed_at,
			       resp.consultee, o.name_en, o.name_fr, resp.position, resp.responded_at
			FROM review_cycle rc
			JOIN strategy st ON st.code = rc.strategy_code
			JOIN consultation_round cr ON cr.business_key = rc.business_key
			     AND cr.round_number = (SELECT MAX(x.round_number) FROM consultation_round x WHERE x.business_key = rc.business_key)
			JOIN consultation_response resp ON resp.round_id = cr.id
			JOIN organization o ON o.code = resp.consultee
			WHERE rc.end_state IS NULL
			ORDER BY rc.business_key, o.name_en
			""";

	private static final String COMPLIANCE = """
			SELECT ap.business_key, ap.strategy_code, st.region, p.number, p.due_at,
			       sub.contributor, o.name_en, o.name_fr, sub.status, sub.submitted_at, sub.late,
			       CASE WHEN ps.id IS NULL THEN FALSE ELSE TRUE END AS summarized, ar.report_year AS annual_report
			FROM action_plan ap
			JOIN strategy st ON st.code = ap.strategy_code
			JOIN action_plan_period p ON p.action_plan_id = ap.id
			LEFT JOIN action_plan_period_summary ps ON ps.period_id = p.id
			LEFT JOIN action_plan_annual_report ar ON ar.action_plan_id = ap.id AND p.closes_report_year = TRUE
			     AND ar.report_year = p.report_year
			JOIN action_plan_submission sub ON sub.period_id = p.id
			JOIN organization o ON o.code = sub.contributor
			WHERE ap.status = 'OPEN'
			  AND p.number > (SELECT MAX(q.number) FROM action_plan_period q WHERE q.action_plan_id = ap.id) - ?
			ORDER BY ap.business_key, o.name_en, sub.contributor, p.number
			""";

	private static final String INDICATORS = """
			SELECT ap.business_key, ap.strategy_code, st.region, p.number, a.priority, sp.title_en, sp.title_fr,
			       COUNT(*) AS activities,
			       SUM(CASE WHEN a.event_size = 'SMALL' THEN 1 ELSE 0 END) AS small,
			       SUM(CASE WHEN a.event_size = 'MEDIUM' THEN 1 ELSE 0 END) AS medium,
			       SUM(CASE WHEN a.event_size = 'LARGE' THEN 1 ELSE 0 END) AS large,
			       COALESCE(SUM(a.participants), 0) AS participants,
			       SUM(CASE WHEN a.role = 'LEAD' THEN 1 ELSE 0 END) AS role_lead,
			       SUM(CASE WHEN a.role = 'RESOURCE' THEN 1 ELSE 0 END) AS role_resource,
			       SUM(CASE WHEN a.role = 'PARTICIPANT' THEN 1 ELSE 0 END) AS role_participant,
			       SUM(CASE WHEN a.citations IS NULL OR TRIM(a.citations) = '' THEN 0
			                ELSE LENGTH(a.citations) - LENGTH(REPLACE(a.citations, :newline, '')) + 1 END) AS citations,
			       SUM(CASE WHEN a.outcome IS NULL OR TRIM(a.outcome) = '' THEN 0 ELSE 1 END) AS outcomes
			FROM action_plan ap
			JOIN strategy st ON st.code = ap.strategy_code
			JOIN action_plan_period p ON p.action_plan_id = ap.id
			JOIN action_plan_submission sub ON sub.period_id = p.id
			JOIN action_plan_activity a ON a.submission_id = sub.id
			JOIN strategic_priority sp ON sp.strategy_code = ap.strategy_code AND sp.number = a.priority
			WHERE ap.status = 'OPEN' AND sub.submitted_at IS NOT NULL
			  AND p.number > (SELECT MAX(q.number) FROM action_plan_period q WHERE q.action_plan_id = ap.id) - :periods
			  %s
			GROUP BY ap.business_key, ap.strategy_code, st.region, p.number, a.priority, sp.title_en, sp.title_fr
			ORDER BY ap.business_key, p.number, a.priority
			""";

	private final JdbcTemplate jdbc;

	private final ProcessEngine engine;

	private final AccessPolicy access;

	private final DashboardProperties properties;

	private final Clock clock;

	private final com.fasterxml.jackson.databind.ObjectMapper json;

	DashboardReports(JdbcTemplate jdbc, ProcessEngine engine, AccessPolicy access, DashboardProperties properties,
			Clock clock, com.fasterxml.jackson.databind.ObjectMapper json) {
		this.json = json;
		this.jdbc = jdbc;
		this.engine = engine;
		this.access = access;
		this.properties = properties;
		this.clock = clock;
	}

	DashboardView view(CurrentUser user) {
		Predicate<String> regions = access.strategyRegions(user);
		List<DashboardView.ConsultationStatus> consultations = consultations(user, regions);
		Set<String> consulted = new java.util.HashSet<>(
				consultations.stream().map(DashboardView.ConsultationStatus::businessKey).toList());
		return new DashboardView(strategies(user, regions, consulted), consultations, compliance(user, regions),
				indicators(user, regions));
	}

	/**
	 * @param consulted the running cycles whose consultation the user sees (as a consultee, or all of them)
	 */
	List<DashboardView.StrategyRow> strategies(CurrentUser user, Predicate<String> regions, Set<String> consulted) {
		record Row(String code, String titleEn, String titleFr, String region, String versionLabel, String versionStatus,
				String inEffectLabel, String businessKey) {
		}
		List<Row> rows = jdbc.query(STRATEGIES, (rs, i) -> new Row(rs.getString("code"), rs.getString("title_en"),
				rs.getString("title_fr"), rs.getString("region"), rs.getString("version_label"),
				rs.getString("version_status"), rs.getString("in_effect_label"), rs.getString("business_key")))
			.stream()
			.filter(row -> regions.test(row.region()))
			.toList();
		Map<String, String> businessKeys = runningReviewInstances();
		Map<String, Set<LifecycleStep>> stages = new HashMap<>();
		for (Task task : reviewTasks(null)) {
			String businessKey = businessKeys.get(task.getProcessInstanceId());
			stages.computeIfAbsent(businessKey, key -> EnumSet.noneOf(LifecycleStep.class))
				.add(LifecycleStep.ofTask(task.getTaskDefinitionKey()));
		}
		List<Task> visibleTasks = reviewTasks(user);
		Map<String, String[]> consulteeOfExecution = consulteesOf(visibleTasks);
		Map<String, List<DashboardView.OpenTask>> tasksByCycle = new HashMap<>();
		for (Task task : visibleTasks) {
			String[] consultee = consulteeOfExecution.get(task.getExecutionId());
			tasksByCycle.computeIfAbsent(businessKeys.get(task.getProcessInstanceId()), key -> new ArrayList<>())
				.add(new DashboardView.OpenTask(task.getId(), task.getName(), consultee == null ? null : consultee[0],
						consultee == null ? null : consultee[1], tasklistUrl(task.getId())));
		}
		return rows.stream().map(row -> {
			String businessKey = row.businessKey();
			Set<LifecycleStep> current = businessKey == null ? Set.of()
					: stages.getOrDefault(businessKey, EnumSet.of(LifecycleStep.DISTRIBUTED));
			boolean shown = businessKey != null && access.seesRunningReviewCycle(user,
					consulted.contains(businessKey) || tasksByCycle.containsKey(businessKey),
					current.stream().anyMatch(step -> step.compareTo(LifecycleStep.IMC) >= 0),
					current.stream().anyMatch(step -> step.compareTo(LifecycleStep.MEMO) >= 0),
					current.stream().anyMatch(step -> step.compareTo(LifecycleStep.DM) >= 0));
			return new DashboardView.StrategyRow(row.code(), row.titleEn(), row.titleFr(), row.versionLabel(),
					row.versionStatus(), row.inEffectLabel(), shown ? businessKey : null,
					businessKey != null && !shown, shown ? strip(current) : List.of(),
					shown ? tasksByCycle.getOrDefault(businessKey, List.of()) : List.of());
		}).toList();
	}

	private static List<DashboardView.StepState> strip(Set<LifecycleStep> current) {
		LifecycleStep first = current.stream().min(Comparator.naturalOrder()).orElseThrow();
		List<DashboardView.StepState> strip = new ArrayList<>();
		for (LifecycleStep step : LifecycleStep.values()) {
			String state = current.contains(step) ? "current" : step.compareTo(first) < 0 ? "done" : "todo";
			strip.add(new DashboardView.StepState(step, state));
		}
		return strip;
	}

	/**
	 * For the consultation tasks among these: execution id → the consultee's names (English, French),
	 * from the multi-instance's element variable; one variable query and one organization query.
	 */
	private Map<String, String[]> consulteesOf(List<Task> tasks) {
		String[] executionIds = tasks.stream()
			.filter(task -> ReviewProcess.RESPOND_TO_CONSULTATION.equals(task.getTaskDefinitionKey()))
			.map(Task::getExecutionId)
			.toArray(String[]::new);
		if (executionIds.length == 0) {
			return Map.of();
		}
		Map<String, String[]> names = new HashMap<>();
		jdbc.query("SELECT code, name_en, name_fr FROM organization", (ResultSet rs) -> {
			names.put(rs.getString("code"), new String[] { rs.getString("name_en"), rs.getString("name_fr") });
		});
		Map<String, String[]> byExecution = new HashMap<>();
		engine.getRuntimeService()
			.createVariableInstanceQuery()
			.variableName(ReviewProcess.CONSULTEE)
			.executionIdIn(executionIds)
			.disableBinaryFetching()
			.unlimitedList()
			.forEach(variable -> {
				String[] organization = names.get(String.valueOf(variable.getValue()));
				if (organization != null) {
					byExecution.put(variable.getExecutionId(), organization);
				}
			});
		return byExecution;
	}

	/** Process instance id → business key of every running review cycle (bounded by the strategies). */
	private Map<String, String> runningReviewInstances() {
		Map<String, String> keys = new HashMap<>();
		for (ProcessInstance instance : engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(ReviewProcess.KEY)
			.unlimitedList()) {
			keys.put(instance.getId(), instance.getBusinessKey());
		}
		return keys;
	}

	/**
	 * The open tasks of the running review cycles: all of them (for the stages) when {@code user} is
	 * null, else those Camunda lets this user read. Bounded by the running cycles and their consultees.
	 */
	private List<Task> reviewTasks(CurrentUser user) {
		IdentityService identity = engine.getIdentityService();
		Authentication caller = identity.getCurrentAuthentication();
		try {
			if (user == null) {
				identity.clearAuthentication();
			}
			else {
				identity.setAuthentication(user.userId(), List.copyOf(user.groupIds()));
			}
			return engine.getTaskService()
				.createTaskQuery()
				.processDefinitionKey(ReviewProcess.KEY)
				.orderByTaskCreateTime()
				.asc()
				.unlimitedList();
		}
		finally {
			if (caller != null) {
				identity.setAuthentication(caller);
			}
			else {
				identity.clearAuthentication();
			}
		}
	}

	private String tasklistUrl(String taskId) {
		return "/camunda/app/tasklist/" + engine.getName() + "/#/?task=" + taskId;
	}

	List<DashboardView.ConsultationStatus> consultations(CurrentUser user, Predicate<String> regions) {
		boolean seesAll = access.seesEveryConsultationResponse(user);
		Instant now = clock.instant();
		Map<String, DashboardView.ConsultationStatus> byCycle = new LinkedHashMap<>();
		jdbc.query(CONSULTATIONS, (ResultSet rs) -> {
			String consultee = rs.getString("consultee");
			if (!regions.test(rs.getString("region")) || !(seesAll || user.isMemberOf(consultee))) {
				return;
			}
			Instant due = instant(rs, "due");
			DashboardView.ConsultationStatus status = byCycle.computeIfAbsent(rs.getString("business_key"),
					key -> new DashboardView.ConsultationStatus(key, uncheckedString(rs, "strategy_code"),
							uncheckedInt(rs, "round_number"), due, daysLeft(now, due), uncheckedInstant(rs, "closed_at") != null,
							new ArrayList<>()));
			status.consultees()
				.add(new DashboardView.ConsulteeRow(consultee, rs.getString("name_en"), rs.getString("name_fr"),
						rs.getString("position"), instant(rs, "responded_at")));
		});
		return List.copyOf(byCycle.values());
	}

	/** Whole days left before the deadline, rounded up; 0 or less once it has passed. */
	static long daysLeft(Instant now, Instant due) {
		long seconds = Duration.between(now, due).getSeconds();
		return seconds <= 0 ? 0 : (seconds + 86_399) / 86_400;
	}

	List<DashboardView.ComplianceGrid> compliance(CurrentUser user, Predicate<String> regions) {
		record Cell(String businessKey, String strategyCode, String region, int period, Instant due, String contributor, String nameEn,
				String nameFr, String status, Instant submittedAt, boolean late, boolean summarized, String annualReport) {
		}
		List<Cell> cells = jdbc.query(COMPLIANCE,
				(rs, i) -> new Cell(rs.getString("business_key"), rs.getString("strategy_code"), rs.getString("region"),
						rs.getInt("number"),
						instant(rs, "due_at"), rs.getString("contributor"), rs.getString("name_en"),
						rs.getString("name_fr"), rs.getString("status"), instant(rs, "submitted_at"),
						rs.getBoolean("late"), rs.getBoolean("summarized"), rs.getString("annual_report")),
				properties.compliancePeriods())
			.stream()
			.filter(cell -> regions.test(cell.region()) && access.canSeeActionPlanSubmission(user, cell.contributor()))
			.toList();
		Instant now = clock.instant();
		Map<String, List<Cell>> byPlan = new LinkedHashMap<>();
		cells.forEach(cell -> byPlan.computeIfAbsent(cell.businessKey(), key -> new ArrayList<>()).add(cell));
		List<DashboardView.ComplianceGrid> grids = new ArrayList<>();
		byPlan.forEach((businessKey, planCells) -> {
			List<Integer> periods = List.copyOf(new TreeSet<>(planCells.stream().map(Cell::period).toList()));
			Map<String, List<Cell>> byContributor = new LinkedHashMap<>();
			planCells.forEach(cell -> byContributor.computeIfAbsent(cell.contributor(), key -> new ArrayList<>()).add(cell));
			List<DashboardView.ContributorRow> rows = new ArrayList<>();
			byContributor.forEach((contributor, own) -> {
				Map<Integer, Cell> byPeriod = new HashMap<>();
				own.forEach(cell -> byPeriod.put(cell.period(), cell));
				List<String> statuses = periods.stream()
					.map(period -> byPeriod.containsKey(period) ? byPeriod.get(period).status() : null)
					.toList();
				int due = 0;
				int onTime = 0;
				for (Cell cell : own) {
					if (!cell.due().isAfter(now) || cell.submittedAt() != null || "OVERDUE".equals(cell.status())) {
						due++;
						if (cell.submittedAt() != null && !cell.late()) {
							onTime++;
						}
					}
				}
				Cell first = own.get(0);
				rows.add(new DashboardView.ContributorRow(contributor, first.nameEn(), first.nameFr(), statuses, onTime,
						due));
			});
			boolean seesReports = access.seesAllActionPlanSubmissions(user);
			List<Integer> summarized = seesReports
					? List.copyOf(new TreeSet<>(planCells.stream().filter(Cell::summarized).map(Cell::period).toList()))
					: List.of();
			List<String> annualReports = seesReports
					? planCells.stream().map(Cell::annualReport).filter(java.util.Objects::nonNull).distinct().toList()
					: List.of();
			grids.add(new DashboardView.ComplianceGrid(businessKey, planCells.get(0).strategyCode(), periods, rows,
					summarized, annualReports));
		});
		return grids;
	}

	/**
	 * Indicator roll-ups of each open action plan, per period and strategic priority, over the updates
	 * received (submitted, whatever the review said since, as the period summary counts them): one
	 * query. A contributor that does not see every submission gets the roll-up of its own.
	 */
	List<DashboardView.IndicatorRollup> indicators(CurrentUser user, Predicate<String> regions) {
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("newline", "\n")
			.addValue("periods", properties.compliancePeriods());
		String ownOnly = "";
		if (!access.seesAllActionPlanSubmissions(user)) {
			if (user.groupIds().isEmpty()) {
				return List.of();
			}
			ownOnly = "AND sub.contributor IN (:groups)";
			parameters.addValue("groups", user.groupIds());
		}
		Map<String, DashboardView.IndicatorRollup> byPlan = new LinkedHashMap<>();
		new NamedParameterJdbcTemplate(jdbc).query(INDICATORS.formatted(ownOnly), parameters, (ResultSet rs) -> {
			if (!regions.test(rs.getString("region"))) {
				return;
			}
			DashboardView.IndicatorRollup rollup = byPlan.computeIfAbsent(rs.getString("business_key"),
					key -> new DashboardView.IndicatorRollup(key, uncheckedString(rs, "strategy_code"), new ArrayList<>()));
			rollup.rows()
				.add(new DashboardView.IndicatorRow(rs.getInt("number"), rs.getInt("priority"), rs.getString("title_en"),
						rs.getString("title_fr"), rs.getInt("activities"), rs.getInt("small"), rs.getInt("medium"),
						rs.getInt("large"), rs.getLong("participants"), rs.getInt("role_lead"),
						rs.getInt("role_resource"), rs.getInt("role_participant"), rs.getInt("citations"),
						rs.getInt("outcomes")));
		});
		return List.copyOf(byPlan.values());
	}

	/**
	 * The compiled summary of a period (as mailed to IIR when the period's updates were due), for a
	 * printable page: for those who see every contributor's submissions; anyone else gets 404.
	 */
	ReportPage periodSummary(String businessKey, int period, CurrentUser user) {
		List<ReportPage> found = jdbc.query("""
				SELECT ap.business_key, st.code, st.title_en, st.title_fr, st.region, p.number, p.report_year,
				       p.starts_at, p.ends_at, p.due_at, ps.compiled_at, ps.content
				FROM action_plan ap
				JOIN strategy st ON st.code = ap.strategy_code
				JOIN action_plan_period p ON p.action_plan_id = ap.id
				JOIN action_plan_period_summary ps ON ps.period_id = p.id
				WHERE ap.business_key = ? AND p.number = ?
				""", (rs, i) -> new ReportPage(rs.getString("business_key"), rs.getString("code"),
				rs.getString("title_en"), rs.getString("title_fr"), rs.getString("region"), rs.getInt("number"),
				rs.getString("report_year"), instant(rs, "starts_at"), instant(rs, "ends_at"), instant(rs, "due_at"),
				instant(rs, "compiled_at"), readJson(rs.getString("content")), Map.of()), businessKey, period);
		return visibleReport(found, user, "No summary of period " + period + " of " + businessKey);
	}

	/** The compiled annual report of a report year (e.g. 2026-2027), as {@link #periodSummary}. */
	ReportPage annualReport(String businessKey, String reportYear, CurrentUser user) {
		List<ReportPage> found = jdbc.query("""
				SELECT ap.business_key, st.code, st.title_en, st.title_fr, st.region, ar.report_year, ar.compiled_at,
				       ar.content
				FROM action_plan ap
				JOIN strategy st ON st.code = ap.strategy_code
				JOIN action_plan_annual_report ar ON ar.action_plan_id = ap.id
				WHERE ap.business_key = ? AND ar.report_year = ?
				""", (rs, i) -> new ReportPage(rs.getString("business_key"), rs.getString("code"),
				rs.getString("title_en"), rs.getString("title_fr"), rs.getString("region"), null,
				rs.getString("report_year"), null, null, null, instant(rs, "compiled_at"),
				readJson(rs.getString("content")), Map.of()), businessKey, reportYear);
		return visibleReport(found, user, "No annual report " + reportYear + " of " + businessKey);
	}

	private ReportPage visibleReport(List<ReportPage> found, CurrentUser user, String notFound) {
		if (found.isEmpty() || !access.seesAllActionPlanSubmissions(user)
				|| !access.strategyRegions(user).test(found.get(0).region())) {
			throw new ca.gc.ircc.governance.NotFoundException(notFound);
		}
		Map<String, String[]> names = new HashMap<>();
		jdbc.query("SELECT code, name_en, name_fr FROM organization", (ResultSet rs) -> {
			names.put(rs.getString("code"), new String[] { rs.getString("name_en"), rs.getString("name_fr") });
		});
		return found.get(0).withOrganizations(names);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> readJson(String content) {
		try {
			return json.readValue(content, Map.class);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException("A stored period summary is not JSON", ex);
		}
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Instant uncheckedInstant(ResultSet rs, String column) {
		try {
			return instant(rs, column);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String uncheckedString(ResultSet rs, String column) {
		try {
			return rs.getString(column);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int uncheckedInt(ResultSet rs, String column) {
		try {
			return rs.getInt(column);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
