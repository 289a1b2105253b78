package ca.gc.ircc.governance.dashboard;

import java.util.Optional;

import ca.gc.ircc.governance.NotFoundException;
import ca.gc.ircc.governance.audit.AuditCsv;
import ca.gc.ircc.governance.identity.AccessPolicy;
import ca.gc.ircc.governance.identity.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan's submissions and activities as CSV (RFC 4180, formulas defused as in the audit
 * export), one query each, with only the rows the user may see.
 */
@Service
@Transactional(readOnly = true)
class DashboardCsv {

	private static final String PLAN = "SELECT ap.strategy_code, st.region FROM action_plan ap JOIN strategy st ON st.code = ap.strategy_code WHERE ap.business_key = ?";

	private static final String SUBMISSIONS = """
			SELECT p.number, p.starts_at, p.ends_at, p.due_at, sub.contributor, o.name_en, sub.status,
			       sub.submitted_at, sub.submitted_by, sub.late
			FROM action_plan ap
			JOIN action_plan_period p ON p.action_plan_id = ap.id
			JOIN action_plan_submission sub ON sub.period_id = p.id
			JOIN organization o ON o.code = sub.contributor
			WHERE ap.business_key = ?
			ORDER BY p.number, sub.contributor
			""";

	private static final String ACTIVITIES = """
			SELECT p.number, sub.contributor, sub.status, a.position, a.priority, a.title, a.partner, a.activity_date,
			       a.participants, a.event_size, a.role, a.citations, a.outcome, a.new_participants, a.context,
			       a.application_quality
			FROM action_plan ap
			JOIN action_plan_period p ON p.action_plan_id = ap.id
			JOIN action_plan_submission sub ON sub.period_id = p.id
			JOIN action_plan_activity a ON a.submission_id = sub.id
			WHERE ap.business_key = ?
			ORDER BY p.number, sub.contributor, a.position
			""";

	static final String SUBMISSIONS_HEADER = "period,periodStart,periodEnd,due,contributor,contributorName,status,submittedAt,submittedBy,late\r\n";

	static final String ACTIVITIES_HEADER = "period,contributor,submissionStatus,row,priority,title,partner,date,participants,eventSize,role,citations,outcome,newParticipants,context,applicationQuality\r\n";

	private final JdbcTemplate jdbc;

	private final AccessPolicy access;

	DashboardCsv(JdbcTemplate jdbc, AccessPolicy access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	String submissions(String businessKey, CurrentUser user) {
		requireVisiblePlan(businessKey, user);
		StringBuilder csv = new StringBuilder(SUBMISSIONS_HEADER);
		jdbc.query(SUBMISSIONS, rs -> {
			if (!access.canSeeActionPlanSubmission(user, rs.getString("contributor"))) {
				return;
			}
			line(csv, rs.getString("number"), instant(rs, "starts_at"), instant(rs, "ends_at"), instant(rs, "due_at"),
					rs.getString("contributor"), rs.getString("name_en"), rs.getString("status"),
					instant(rs, "submitted_at"), rs.getString("submitted_by"), String.valueOf(rs.getBoolean("late")));
		}, businessKey);
		return csv.toString();
	}

	String activities(String businessKey, CurrentUser user) {
		requireVisiblePlan(businessKey, user);
		StringBuilder csv = new StringBuilder(ACTIVITIES_HEADER);
		jdbc.query(ACTIVITIES, rs -> {
			if (!access.canSeeActionPlanSubmission(user, rs.getString("contributor"))) {
				return;
			}
			String citations = rs.getString("citations");
			line(csv, rs.getString("number"), rs.getString("contributor"), rs.getString("status"),
					String.valueOf(rs.getInt("position") + 1), rs.getString("priority"), rs.getString("title"),
					rs.getString("partner"), rs.getString("activity_date"), rs.getString("participants"),
					rs.getString("event_size"), rs.getString("role"),
					citations == null ? null : String.join(" | ", citations.lines().toList()), rs.getString("outcome"),
					flag(rs.getObject("new_participants", Boolean.class)), rs.getString("context"),
					rs.getString("application_quality"));
		}, businessKey);
		return csv.toString();
	}

	/** An unknown plan, or one of a region the user does not see, is answered as not found. */
	private void requireVisiblePlan(String businessKey, CurrentUser user) {
		Optional<String> region = jdbc.query(PLAN, (rs, i) -> rs.getString("region"), businessKey).stream().findFirst();
		if (region.isEmpty() || !access.strategyRegions(user).test(region.get())) {
			throw new NotFoundException("No action plan " + businessKey);
		}
	}

	/** A yes/no indicator as {@code true}/{@code false} (PostgreSQL and H2 spell booleans differently as text). */
	private static String flag(Boolean value) {
		return value == null ? null : value.toString();
	}

	/** A timestamp as ISO-8601 in UTC, the same on PostgreSQL and H2. */
	private static String instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		java.time.OffsetDateTime value = rs.getObject(column, java.time.OffsetDateTime.class);
		return value == null ? null : value.toInstant().toString();
	}

	private static void line(StringBuilder csv, String... cells) {
		csv.append(String.join(",", java.util.Arrays.stream(cells).map(AuditCsv::cell).toList())).append("\r\n");
	}

}
