package ca.gc.ircc.governance.notification;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The outbox table in SQL that runs unchanged on H2 and PostgreSQL, except the claim and the insert:
 * PostgreSQL skips the rows another dispatcher is claiming ({@code FOR UPDATE SKIP LOCKED}) and
 * writes a message unless its key exists in one statement ({@code ON CONFLICT DO NOTHING});
 * elsewhere a conditional update claims only rows nobody holds, and a savepoint guards the insert.
 */
@Repository
class OutboxStore {

	/** SQLState of a unique violation, on H2 and PostgreSQL alike. */
	private static final String UNIQUE_VIOLATION = "23505";

	private static final String COLUMNS = "id, idempotency_key, kind, recipient, addresses, strategy_code, business_key,"
			+ " task_id, subject, body_html, status, created_at, scheduled_for, next_attempt_at, attempts, last_error,"
			+ " claimed_by, sent_at";

	private static final String INSERT = "INSERT INTO notification_outbox (idempotency_key, kind, recipient, addresses,"
			+ " strategy_code, business_key, task_id, subject, body_html, status, created_at, scheduled_for,"
			+ " next_attempt_at, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, 0)";

	private static final String CLAIMABLE = "status = 'PENDING' AND next_attempt_at <= ?"
			+ " AND (claim_expires_at IS NULL OR claim_expires_at < ?)";

	private final JdbcTemplate jdbc;

	private final boolean postgres;

	OutboxStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.postgres = Boolean.TRUE.equals(jdbc.execute((Connection con) -> con.getMetaData()
			.getDatabaseProductName()
			.toLowerCase(Locale.ROOT)
			.contains("postgres")));
	}

	/**
	 * Writes a message unless one with the same idempotency key exists, in the caller's transaction.
	 * On PostgreSQL one statement does it ({@code ON CONFLICT DO NOTHING}, which also settles a
	 * concurrent writer of the same key). Elsewhere a concurrent writer is caught by the unique
	 * constraint, under a savepoint that keeps the caller's transaction usable.
	 *
	 * @return whether a row was written
	 */
	boolean insertIfAbsent(NewMessage message) {
		if (postgres) {
			return jdbc.execute((Connection con) -> {
				try (var insert = con.prepareStatement(INSERT + " ON CONFLICT (idempotency_key) DO NOTHING")) {
					bind(insert, message);
					return insert.executeUpdate() == 1;
				}
			});
		}
		if (exists(message.idempotencyKey())) {
			return false;
		}
		return Boolean.TRUE.equals(jdbc.execute((Connection con) -> {
			Savepoint savepoint = con.getAutoCommit() ? null : con.setSavepoint();
			try (var insert = con.prepareStatement(INSERT)) {
				bind(insert, message);
				insert.executeUpdate();
			}
			catch (SQLException ex) {
				if (!UNIQUE_VIOLATION.equals(ex.getSQLState())) {
					throw ex;
				}
				if (savepoint != null) {
					con.rollback(savepoint);
				}
				return false;
			}
			if (savepoint != null) {
				con.releaseSavepoint(savepoint);
			}
			return true;
		}));
	}

	private static void bind(PreparedStatement insert, NewMessage message) throws SQLException {
		insert.setString(1, message.idempotencyKey());
		insert.setString(2, message.kind().name());
		insert.setString(3, message.recipient());
		insert.setString(4, String.join(",", message.addresses()));
		insert.setString(5, message.strategyCode());
		insert.setString(6, message.businessKey());
		insert.setString(7, message.taskId());
		insert.setString(8, message.subject());
		insert.setString(9, message.bodyHtml());
		insert.setObject(10, utc(message.createdAt()));
		insert.setObject(11, utc(message.scheduledFor()));
		insert.setObject(12, utc(message.scheduledFor()));
	}

	boolean exists(String idempotencyKey) {
		return !jdbc.queryForList("SELECT id FROM notification_outbox WHERE idempotency_key = ?", Long.class,
				idempotencyKey).isEmpty();
	}

	/**
	 * Claims up to {@code limit} due messages for one dispatcher until {@code leaseEnd}. A claim that
	 * expired (its node died) can be taken again.
	 */
	List<OutboxMessage> claimDue(String dispatcher, Instant now, Instant leaseEnd, int limit) {
		String token = UUID.randomUUID().toString();
		String candidates = "SELECT id FROM notification_outbox WHERE " + CLAIMABLE
				+ " ORDER BY next_attempt_at, id LIMIT ?" + (postgres ? " FOR UPDATE SKIP LOCKED" : "");
		int claimed = jdbc.update("UPDATE notification_outbox SET claimed_by = ?, claim_token = ?, claim_expires_at = ?"
				+ " WHERE id IN (" + candidates + ") AND " + CLAIMABLE, dispatcher, token, utc(leaseEnd), utc(now),
				utc(now), limit, utc(now), utc(now));
		if (claimed == 0) {
			return List.of();
		}
		return jdbc.query("SELECT " + COLUMNS + " FROM notification_outbox WHERE claim_token = ? ORDER BY id",
				ROW, token);
	}

	/** @return false if the claim was lost meanwhile (then another dispatcher owns the row) */
	boolean markSent(long id, String dispatcher, Instant sentAt) {
		return jdbc.update("UPDATE notification_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1,"
				+ " last_error = NULL, claim_token = NULL, claim_expires_at = NULL WHERE id = ? AND claimed_by = ?"
				+ " AND status = 'PENDING'", utc(sentAt), id, dispatcher) == 1;
	}

	void markFailedAttempt(OutboxMessage message, String dispatcher, String error, Instant nextAttemptAt,
			boolean giveUp) {
		jdbc.update("UPDATE notification_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?,"
				+ " status = ?, claim_token = NULL, claim_expires_at = NULL WHERE id = ? AND claimed_by = ?"
				+ " AND status = 'PENDING'", error, utc(nextAttemptAt), giveUp ? "FAILED" : "PENDING",
				message.id(), dispatcher);
	}

	/** Gives the claim of an unsent message back, so that the next round takes it at once. */
	void release(long id, String dispatcher) {
		jdbc.update("UPDATE notification_outbox SET claim_token = NULL, claim_expires_at = NULL WHERE id = ?"
				+ " AND claimed_by = ? AND status = 'PENDING'", id, dispatcher);
	}

	/**
	 * Puts a message that is not sent back in the queue for a fresh series of tries, unless a
	 * dispatcher holds it right now (it may be sending it).
	 */
	boolean retry(long id, Instant now) {
		return jdbc.update("UPDATE notification_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?,"
				+ " claim_token = NULL, claim_expires_at = NULL WHERE id = ? AND status <> 'SENT'"
				+ " AND (claim_expires_at IS NULL OR claim_expires_at < ?)", utc(now), id, utc(now)) == 1;
	}

	/** Deletes the messages sent before the given moment. @return how many */
	int deleteSentBefore(Instant moment) {
		return jdbc.update("DELETE FROM notification_outbox WHERE status = 'SENT' AND sent_at < ?", utc(moment));
	}

	Optional<OutboxMessage> find(long id) {
		return jdbc.query("SELECT " + COLUMNS + " FROM notification_outbox WHERE id = ?", ROW, id).stream().findFirst();
	}

	Optional<OutboxMessage> findByKey(String idempotencyKey) {
		return jdbc.query("SELECT " + COLUMNS + " FROM notification_outbox WHERE idempotency_key = ?", ROW,
				idempotencyKey).stream().findFirst();
	}

	/** The newest messages first, of one status or all. */
	List<OutboxMessage> list(OutboxStatus status, int limit) {
		if (status == null) {
			return jdbc.query("SELECT " + COLUMNS + " FROM notification_outbox ORDER BY id DESC LIMIT ?", ROW, limit);
		}
		return jdbc.query("SELECT " + COLUMNS + " FROM notification_outbox WHERE status = ? ORDER BY id DESC LIMIT ?",
				ROW, status.name(), limit);
	}

	Map<OutboxStatus, Long> countByStatus() {
		Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
		for (OutboxStatus status : OutboxStatus.values()) {
			counts.put(status, 0L);
		}
		jdbc.query("SELECT status, COUNT(*) FROM notification_outbox GROUP BY status",
				(ResultSet rs) -> {
					counts.put(OutboxStatus.valueOf(rs.getString(1)), rs.getLong(2));
				});
		return counts;
	}

	/** When the longest-waiting due message became due; empty when nothing due is waiting. */
	Optional<Instant> oldestDuePending(Instant now) {
		OffsetDateTime oldest = jdbc.queryForObject(
				"SELECT MIN(scheduled_for) FROM notification_outbox WHERE status = 'PENDING' AND scheduled_for <= ?",
				OffsetDateTime.class, utc(now));
		return Optional.ofNullable(oldest).map(OffsetDateTime::toInstant);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static final RowMapper<OutboxMessage> ROW = (rs, rowNum) -> new OutboxMessage(rs.getLong("id"),
			rs.getString("idempotency_key"), NotificationKind.valueOf(rs.getString("kind")), rs.getString("recipient"),
			Arrays.asList(rs.getString("addresses").split(",")), rs.getString("strategy_code"),
			rs.getString("business_key"), rs.getString("task_id"), rs.getString("subject"), rs.getString("body_html"),
			OutboxStatus.valueOf(rs.getString("status")), instant(rs, "created_at"), instant(rs, "scheduled_for"),
			instant(rs, "next_attempt_at"), rs.getInt("attempts"), rs.getString("last_error"),
			rs.getString("claimed_by"), instant(rs, "sent_at"));

	/** A message to write: the notification, rendered and addressed. */
	record NewMessage(String idempotencyKey, NotificationKind kind, String recipient, List<String> addresses,
			String strategyCode, String businessKey, String taskId, String subject, String bodyHtml,
			Instant createdAt, Instant scheduledFor) {
	}

}
