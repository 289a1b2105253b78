package ca.gc.ircc.governance.actionplan;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ca.gc.ircc.governance.notification.MailHeaders;
import ca.gc.ircc.governance.support.SharedGreenMail;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Starts action plans, finds their tasks and timers, and finds the mails they send. */
final class ActionPlanTestSupport {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	ActionPlanTestSupport(RuntimeService runtime, TaskService tasks, ManagementService management) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
	}

	static String newBusinessKey(String strategy) {
		return strategy + "-TEST-" + UUID.randomUUID().toString().substring(0, 8) + ActionPlanProcess.BUSINESS_KEY_SUFFIX;
	}

	ProcessInstance start(String businessKey, String strategy, String period, String... contributors) {
		return runtime.createProcessInstanceByKey(ActionPlanProcess.KEY)
			.businessKey(businessKey)
			.setVariable(ActionPlanProcess.STRATEGY_CODE, strategy)
			.setVariable(ActionPlanProcess.CONTRIBUTORS, ProcessVariables.jsonValue(List.of(contributors)))
			.setVariable(ActionPlanProcess.REPORTING_PERIOD_OVERRIDE, period)
			.execute();
	}

	/** Completes an update task over {@code /engine-rest} as the user would, with the activities as Json. */
	static ResponseEntity<JsonNode> completeOverRest(TestRestTemplate http, String user, Task task,
			String activitiesJson) {
		Map<String, Object> body = Map.of("variables",
				Map.of(ActionPlanProcess.ACTIVITIES, Map.of("type", "Json", "value", activitiesJson)));
		return http.withBasicAuth(user, "demo")
			.postForEntity("/engine-rest/task/" + task.getId() + "/complete", body, JsonNode.class);
	}

	/** The open update task of a contributor for a period. */
	Task submitTask(ProcessInstance plan, String contributor, int period) {
		return openTask(plan, ActionPlanProcess.SUBMIT_TASK, contributor, period);
	}

	Task reviewTask(ProcessInstance plan, String contributor, int period) {
		return openTask(plan, ActionPlanProcess.REVIEW_TASK, contributor, period);
	}

	private Task openTask(ProcessInstance plan, String key, String contributor, int period) {
		List<Task> found = tasks.createTaskQuery()
			.processInstanceId(plan.getId())
			.taskDefinitionKey(key)
			.list()
			.stream()
			.filter(t -> contributor.equals(tasks.getVariable(t.getId(), ActionPlanProcess.CONTRIBUTOR))
					&& Integer.valueOf(period).equals(tasks.getVariable(t.getId(), ActionPlanProcess.PERIOD)))
			.toList();
		return found.isEmpty() ? null : found.get(0);
	}

	void submit(Task task, String activitiesJson) {
		tasks.complete(task.getId(), Variables.createVariables()
			.putValue(ActionPlanProcess.ACTIVITIES, SpinValues.jsonValue(activitiesJson).create()));
	}

	void review(Task task, boolean accepted, String reason) {
		tasks.complete(task.getId(), Variables.createVariables()
			.putValue(ActionPlanProcess.UPDATE_ACCEPTED, accepted)
			.putValue(ActionPlanProcess.RETURN_REASON, reason));
	}

	/** The timer jobs of an element, e.g. "periodEnds"; for reminders, those of one contributor. */
	List<Job> timers(ProcessInstance plan, String activityId) {
		return management.createJobQuery().processInstanceId(plan.getId()).activityId(activityId).timers().list();
	}

	Job timerOfPeriod(ProcessInstance plan, String activityId, int period) {
		return timers(plan, activityId).stream()
			.filter(job -> activityId.equals(ActionPlanProcess.PERIOD_ENDS_TIMER)
					|| Integer.valueOf(period).equals(runtime.getVariable(job.getExecutionId(), ActionPlanProcess.PERIOD)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No timer " + activityId + " for period " + period));
	}

	/** The idempotency keys in the outbox that start so: written in the deciding transaction, so exact at once. */
	static List<String> outboxKeys(JdbcTemplate jdbc, String prefix) {
		return jdbc.queryForList("SELECT idempotency_key FROM notification_outbox WHERE idempotency_key LIKE ?",
				String.class, prefix + "%");
	}

	void fire(Job job) {
		management.executeJob(job.getId());
	}

	static String activities(Map<String, Object>... activities) {
		return Spin.JSON(List.of(activities)).toString();
	}

	/** The mails of a kind whose idempotency key starts with the prefix, waiting a little for delivery. */
	static List<MimeMessage> mails(String kind, String keyPrefix) {
		return mails(kind, keyPrefix, 1);
	}

	/**
	 * The delivered mails of a kind whose key starts so, once at least {@code distinctKeys} different
	 * ones have arrived (delivery is asynchronous; GreenMail keeps a copy per recipient), or after 5 s.
	 */
	static List<MimeMessage> mails(String kind, String keyPrefix, int distinctKeys) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
		List<MimeMessage> found = new ArrayList<>();
		while (true) {
			found.clear();
			for (MimeMessage message : SharedGreenMail.server().getReceivedMessages()) {
				try {
					String[] kinds = message.getHeader(MailHeaders.KIND);
					String[] keys = message.getHeader(MailHeaders.KEY);
					if (kinds != null && keys != null && kinds[0].equals(kind) && keys[0].startsWith(keyPrefix)) {
						found.add(message);
					}
				}
				catch (MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			}
			if (found.stream().map(ActionPlanTestSupport::key).distinct().count() >= distinctKeys
					|| Instant.now().isAfter(deadline)) {
				return found;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return found;
			}
		}
	}

	static List<String> recipients(MimeMessage message) {
		try {
			List<String> addresses = new ArrayList<>();
			for (Address address : message.getAllRecipients()) {
				addresses.add(address.toString());
			}
			return addresses;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String key(MimeMessage message) {
		try {
			return message.getHeader(MailHeaders.KEY)[0];
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
