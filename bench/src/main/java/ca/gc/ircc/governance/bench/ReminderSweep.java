package ca.gc.ircc.governance.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ca.gc.ircc.governance.actionplan.ActionPlanProcess;
import ca.gc.ircc.governance.notification.MailHeaders;
import ca.gc.ircc.governance.notification.NotificationKind;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

/**
 * The reminders of the plans nobody has submitted to come due at the same moment: each plan's period
 * has one reminder timer (the due date is the period's, shared by every contributor), made due now;
 * the job executor fires them, each writes a reminder to the outbox for every update still awaited,
 * the dispatcher delivers to the SMTP server. Measured: the time until the last one has been taken by
 * the SMTP server (the outbox marks it sent then), and, from the SMTP server's store, that each arrived
 * exactly once.
 */
final class ReminderSweep {

	/**
	 * @param reminders the updates awaited in the plans: a reminder is due for each
	 * @param timers the reminder timers made due
	 */
	record Result(int reminders, int timers, double jobsDoneSeconds, double lastDeliveredSeconds, int delivered,
			int distinct, int duplicates) {
	}

	/** The reminder timers of the given plans: parameter 1 the timer's element, parameter 2 the plans' business keys. */
	private static final String REMINDER_TIMERS = """
			job_def_id_ IN (SELECT id_ FROM act_ru_jobdef WHERE act_id_ = ?)
			AND root_proc_inst_id_ IN (SELECT proc_inst_id_ FROM act_ru_execution WHERE business_key_ = ANY (?))""";

	private final BenchDatabase database;

	private final GreenMail smtp;

	ReminderSweep(BenchDatabase database, GreenMail smtp) {
		this.database = database;
		this.smtp = smtp;
	}

	/** Waits until the outbox has nothing left to send (the task-available mails of the seeding). */
	void awaitEmptyOutbox(Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (pendingMails() > 0) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(pendingMails() + " mails still unsent after " + timeout);
			}
			Thread.sleep(500);
		}
	}

	Result run(List<String> planKeys, Duration timeout) throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		int reminders = awaitedUpdates(database, BenchApplication.DATABASE, planKeys);
		long start = System.nanoTime();
		int timers = makeDue(database, BenchApplication.DATABASE, planKeys);
		double jobsDone = -1;
		double lastDelivered = -1;
		long deadline = start + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (jobsDone < 0 && dueTimers(database, BenchApplication.DATABASE, planKeys) == 0) {
				jobsDone = seconds(start);
			}
			// the outbox marks a mail SENT once the SMTP server has taken it; reading the SMTP server's
			// whole store instead, every 100 ms while it receives, held up the delivery being measured.
			// Once every chase has committed, the pending mails are counted through the outbox's status
			// index; only when none is left are the sent reminders counted, a scan of the whole outbox
			// (tens of thousands of rendered mails after the other phases) that every 100 ms took a good
			// part of a core from the delivery
			if (jobsDone >= 0 && pendingMails() == 0 && sentReminders(planKeys) >= reminders) {
				lastDelivered = seconds(start);
				break;
			}
			Thread.sleep(100);
		}
		if (lastDelivered < 0) {
			throw new IllegalStateException("Only " + sentReminders(planKeys) + " of " + reminders
					+ " reminders delivered after " + timeout);
		}
		// anything sent twice would arrive within the dispatcher's next rounds
		Thread.sleep(Duration.ofSeconds(12).toMillis());
		Map<String, Integer> perKeyAndRecipient = new HashMap<>();
		int delivered = 0;
		for (MimeMessage message : smtp.getReceivedMessages()) {
			String[] kind = message.getHeader(MailHeaders.KIND);
			if (kind == null || !NotificationKind.ACTION_PLAN_REMINDER.name().equals(kind[0])) {
				continue;
			}
			delivered++;
			StringBuilder key = new StringBuilder(message.getHeader(MailHeaders.KEY)[0]);
			for (Address recipient : message.getAllRecipients()) {
				key.append(' ').append(recipient);
			}
			perKeyAndRecipient.merge(key.toString(), 1, Integer::sum);
		}
		int duplicates = perKeyAndRecipient.values().stream().mapToInt(n -> n - 1).sum();
		return new Result(reminders, timers, jobsDone, lastDelivered, delivered, perKeyAndRecipient.size(), duplicates);
	}

	/** Sets the due date of the plans' reminder timers to now. @return how many */
	static int makeDue(BenchDatabase database, String databaseName, List<String> planKeys) throws Exception {
		try (Connection connection = database.connect(databaseName);
				PreparedStatement due = connection
					.prepareStatement("UPDATE act_ru_job SET duedate_ = now() WHERE " + REMINDER_TIMERS)) {
			due.setString(1, ActionPlanProcess.REMINDER_TIMER);
			due.setArray(2, connection.createArrayOf("varchar", planKeys.toArray()));
			return due.executeUpdate();
		}
	}

	/** The open update tasks of the plans (nobody has submitted to them: each is awaited). */
	static int awaitedUpdates(BenchDatabase database, String databaseName, List<String> planKeys) throws Exception {
		try (Connection connection = database.connect(databaseName);
				PreparedStatement open = connection.prepareStatement("""
						SELECT COUNT(*) FROM act_ru_task WHERE task_def_key_ = ?
						AND proc_inst_id_ IN (SELECT proc_inst_id_ FROM act_ru_execution WHERE business_key_ = ANY (?))""")) {
			open.setString(1, ActionPlanProcess.SUBMIT_TASK);
			open.setArray(2, connection.createArrayOf("varchar", planKeys.toArray()));
			try (ResultSet rows = open.executeQuery()) {
				rows.next();
				return rows.getInt(1);
			}
		}
	}

	/**
	 * The plans' reminder timers due now or being fired (locked by a job executor); a fired timer's
	 * successor is due at a later point.
	 */
	static int dueTimers(BenchDatabase database, String databaseName, List<String> planKeys) throws Exception {
		try (Connection connection = database.connect(databaseName);
				PreparedStatement due = connection
					.prepareStatement("SELECT COUNT(*) FROM act_ru_job WHERE (duedate_ <= now() OR lock_owner_ IS NOT NULL) AND "
							+ REMINDER_TIMERS)) {
			due.setString(1, ActionPlanProcess.REMINDER_TIMER);
			due.setArray(2, connection.createArrayOf("varchar", planKeys.toArray()));
			try (ResultSet rows = due.executeQuery()) {
				rows.next();
				return rows.getInt(1);
			}
		}
	}

	private int sentReminders(List<String> planKeys) throws Exception {
		try (Connection connection = database.connect(BenchApplication.DATABASE);
				PreparedStatement sent = connection.prepareStatement("SELECT COUNT(*) FROM notification_outbox"
						+ " WHERE kind = ? AND status = 'SENT' AND business_key = ANY (?)")) {
			sent.setString(1, NotificationKind.ACTION_PLAN_REMINDER.name());
			sent.setArray(2, connection.createArrayOf("varchar", planKeys.toArray()));
			try (ResultSet rows = sent.executeQuery()) {
				rows.next();
				return rows.getInt(1);
			}
		}
	}

	private int pendingMails() throws Exception {
		try (Connection connection = database.connect(BenchApplication.DATABASE);
				PreparedStatement pending = connection
					.prepareStatement("SELECT COUNT(*) FROM notification_outbox WHERE status = 'PENDING'");
				ResultSet rows = pending.executeQuery()) {
			rows.next();
			return rows.getInt(1);
		}
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
