package ca.gc.ircc.governance.review;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import ca.gc.ircc.governance.notification.MailHeaders;
import ca.gc.ircc.governance.support.SharedGreenMail;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;

/** Drives review cycles through the engine's Java API in tests, by the contract's names. */
final class ReviewCycleDriver {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	ReviewCycleDriver(ProcessEngine engine) {
		this.runtime = engine.getRuntimeService();
		this.tasks = engine.getTaskService();
		this.management = engine.getManagementService();
	}

	static OffsetDateTime inDays(int days) {
		return OffsetDateTime.now(ZoneOffset.ofHours(-5)).plusDays(days).withNano(0);
	}

	/** Cancels every running review cycle, so that the next test can start one for the same strategy. */
	void cancelRunningCycles() {
		runtime.createProcessInstanceQuery()
			.processDefinitionKey(ReviewProcess.KEY)
			.list()
			.forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test cleanup"));
	}

	ProcessInstance start(String strategyCode, List<String> consultees, OffsetDateTime due) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(ReviewProcess.STRATEGY_CODE, strategyCode);
		variables.put(ReviewProcess.CONSULTEES, JsonValues.json(consultees));
		variables.put(ReviewProcess.CONSULTATION_DUE, due.toString());
		return runtime.startProcessInstanceByKey(ReviewProcess.KEY, variables);
	}

	Task task(ProcessInstance instance, String key) {
		return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
	}

	Task consultationTask(ProcessInstance instance, String consultee) {
		return tasks.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(ReviewProcess.RESPOND_TO_CONSULTATION)
			.taskCandidateGroup(consultee)
			.singleResult();
	}

	void complete(ProcessInstance instance, String key, Object... namesAndValues) {
		Task task = task(instance, key);
		if (task == null) {
			throw new AssertionError("No open task " + key);
		}
		tasks.complete(task.getId(), variables(namesAndValues));
	}

	void respond(ProcessInstance instance, String consultee, String position, String comments) {
		tasks.complete(consultationTask(instance, consultee).getId(),
				variables(ReviewProcess.POSITION, position, ReviewProcess.COMMENTS, comments));
	}

	void draft(ProcessInstance instance, String text) {
		complete(instance, ReviewProcess.DRAFT_STRATEGY, ReviewProcess.DRAFT_TEXT, text);
	}

	/** Completes {@code consolidateFeedback} with the same disposition for every commented response. */
	void consolidate(ProcessInstance instance, String disposition) {
		Task task = task(instance, ReviewProcess.CONSOLIDATE_FEEDBACK);
		SpinJsonNode toDispose = (SpinJsonNode) tasks.getVariable(task.getId(), ReviewProcess.DISPOSITIONS);
		List<Map<String, Object>> lines = new ArrayList<>();
		for (SpinJsonNode line : toDispose.elements()) {
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("responseId", line.prop("responseId").numberValue().longValue());
			answer.put("disposition", disposition);
			answer.put("rationale", "Considered by IIR: " + line.prop("consultee").stringValue());
			lines.add(answer);
		}
		tasks.complete(task.getId(), variables(ReviewProcess.DISPOSITIONS, JsonValues.json(lines)));
	}

	void imc(ProcessInstance instance, String decision, String conditions) {
		complete(instance, ReviewProcess.IMC_ENDORSEMENT, ReviewProcess.IMC_DECISION, decision,
				ReviewProcess.IMC_MEETING_DATE, "2026-04-12", ReviewProcess.IMC_CONDITIONS, conditions);
	}

	void memo(ProcessInstance instance, String purpose) {
		complete(instance, ReviewProcess.DRAFT_DM_MEMO, ReviewProcess.MEMO_PURPOSE, purpose, ReviewProcess.MEMO_SUMMARY,
				"The purpose of this memorandum is to inform you.", ReviewProcess.MEMO_BACKGROUND,
				"Developed in consultation.", ReviewProcess.MEMO_CURRENT_STATUS, "Four priorities.",
				ReviewProcess.MEMO_NEXT_STEPS, "Shared with branches and missions.");
	}

	Job deadlineTimer(ProcessInstance instance) {
		return management.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(ReviewProcess.CONSULTATION_DEADLINE)
			.singleResult();
	}

	List<Job> reminderTimers(ProcessInstance instance) {
		return management.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(ReviewProcess.NEXT_REMINDER_POINT)
			.list();
	}

	/** Runs the asynchronous steps (distribution, start of the action plan) as the job executor would. */
	void runAsynchronousSteps(ProcessInstance instance) {
		List<Job> jobs;
		while (!(jobs = management.createJobQuery().processInstanceId(instance.getId()).messages().list()).isEmpty()) {
			jobs.forEach(this::execute);
		}
	}

	void execute(Job job) {
		management.executeJob(job.getId());
	}

	static Map<String, Object> variables(Object... namesAndValues) {
		Map<String, Object> variables = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return variables;
	}

	/** Waits (delivery may be asynchronous) for the mail with this idempotency key, sent to this address. */
	static MimeMessage awaitMail(String idempotencyKey, String recipient) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			for (MimeMessage message : SharedGreenMail.server().getReceivedMessages()) {
				String[] keys = message.getHeader(MailHeaders.KEY);
				if (keys != null && keys[0].equals(idempotencyKey) && sentTo(message, recipient)) {
					return message;
				}
			}
			SharedGreenMail.server().waitForIncomingEmail(500, Integer.MAX_VALUE);
		}
		throw new AssertionError("No mail " + idempotencyKey + " to " + recipient);
	}

	/** The mails with this idempotency key received so far. */
	static List<MimeMessage> mails(String idempotencyKey) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : SharedGreenMail.server().getReceivedMessages()) {
			String[] keys = message.getHeader(MailHeaders.KEY);
			if (keys != null && keys[0].equals(idempotencyKey)) {
				found.add(message);
			}
		}
		return found;
	}

	private static boolean sentTo(MimeMessage message, String recipient) throws Exception {
		for (var address : message.getAllRecipients()) {
			if (address.toString().contains(recipient)) {
				return true;
			}
		}
		return false;
	}

}
