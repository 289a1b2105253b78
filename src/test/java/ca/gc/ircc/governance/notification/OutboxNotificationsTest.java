package ca.gc.ircc.governance.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ca.gc.ircc.governance.support.IntegrationTest;
import ca.gc.ircc.governance.support.SharedGreenMail;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class OutboxNotificationsTest {

	static final String PROCESS = "notification-retry-test";

	static final Duration DELIVERY = Duration.ofSeconds(20);

	@Autowired
	Notifications notifications;

	@Autowired
	OutboxStore outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	MailRenderer renderer;

	@Autowired
	ca.gc.ircc.governance.organization.OrganizationDirectory organizations;

	final GreenMail greenMail = SharedGreenMail.server();

	@BeforeEach
	void deployTheTestProcess() {
		repositoryService.createDeployment()
			.name(PROCESS)
			.enableDuplicateFiltering(true)
			.addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
				.name("Notification retry test")
				.camundaHistoryTimeToLive(1)
				.startEvent("started")
				.serviceTask("notifyThenFail")
				.name("Notify, then fail once")
				.camundaAsyncBefore()
				.camundaDelegateExpression("${notifyThenFailOnce}")
				.userTask("readTheNotification")
				.name("Read the notification")
				.camundaCandidateGroups("rab, camunda-admin")
				.camundaDueDate("${due}")
				.endEvent("done")
				.done())
			.deploy();
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void shouldDeliverANotificationToTheMailboxAndTheMembersWithItsHeaders() throws Exception {
		String key = unique("direct");
		notifications.send(new Notification(NotificationKind.DISTRIBUTION, key, "gac", "ASIA", "ASIA-2030-R1", null,
				null, null, null, Map.of()));

		Mails.await(DELIVERY, () -> Mails.to(greenMail, "demo-gac@example.org", key).size() == 1);
		List<MimeMessage> toMailbox = Mails.to(greenMail, "gac@example.org", key);
		List<MimeMessage> toMember = Mails.to(greenMail, "demo-gac@example.org", key);
		assertThat(toMailbox).hasSize(1);
		assertThat(toMember).hasSize(1);
		MimeMessage mail = toMember.get(0);
		assertThat(Mails.header(mail, MailHeaders.KIND)).isEqualTo("DISTRIBUTION");
		assertThat(mail.getSubject()).isEqualTo(
				"ASIA: A strategy is now in effect / Une stratégie est maintenant en vigueur");
		String body = Mails.body(mail);
		assertThat(body).contains("IRCC Strategy for Asia", "Stratégie d&#39;IRCC pour l&#39;Asie", "ASIA-2030-R1",
				"Global Affairs Canada", "Affaires mondiales Canada");
		assertThat(body.indexOf("now in effect")).isLessThan(body.indexOf("maintenant en vigueur"));
		assertThat(outbox.findByKey(key)).get().extracting(OutboxMessage::status).isEqualTo(OutboxStatus.SENT);
	}

	@Test
	void shouldWriteAKeyOnceHoweverOftenItIsSent() {
		String key = unique("twice");
		Notification notification = new Notification(NotificationKind.ESCALATION, key, "in", "AMERICAS", null, null, null,
				null, null, Map.of("contributor", "mission-bogota"));
		transactions.executeWithoutResult(tx -> {
			notifications.send(notification);
			notifications.send(notification);
		});
		transactions.executeWithoutResult(tx -> notifications.send(notification));

		Mails.await(DELIVERY, () -> outbox.findByKey(key).orElseThrow().status() == OutboxStatus.SENT);
		Mails.await(Duration.ofSeconds(1), () -> false);
		assertThat(Mails.to(greenMail, "in@example.org", key)).hasSize(1);
		assertThat(Mails.body(Mails.to(greenMail, "in@example.org", key).get(0)))
			.contains("IRCC Bogotá (Colombia) (mission-bogota)", "IRCC Bogota (Colombie) (mission-bogota)");
	}

	/** On PostgreSQL a key already written is skipped by the insert itself, and the transaction goes on. */
	@Test
	void shouldSkipAKeyAlreadyWrittenAndKeepTheTransactionUsable() {
		String key = unique("written-once");
		String after = unique("written-after");
		transactions.executeWithoutResult(status -> {
			assertThat(outbox.insertIfAbsent(OutboxStoreOnH2Test.message(key, Instant.now()))).isTrue();
			assertThat(outbox.insertIfAbsent(OutboxStoreOnH2Test.message(key, Instant.now()))).isFalse();
			assertThat(outbox.insertIfAbsent(OutboxStoreOnH2Test.message(after, Instant.now()))).isTrue();
		});
		assertThat(outbox.findByKey(key)).isPresent();
		assertThat(outbox.findByKey(after)).isPresent();
	}

	@Test
	void shouldRenderEveryKindInEnglishThenFrench() {
		for (NotificationKind kind : NotificationKind.values()) {
			String key = unique("kind-" + kind);
			notifications.send(new Notification(kind, key, "mission-tokyo", "ASIA", "ASIA-2030-R1", "task-of-" + key,
					"Submit the action-plan update", Instant.parse("2030-01-15T08:00:00Z"), null,
					Map.of("nonRespondents", List.of("rab"), "periodNumber", 3, "late", List.of("mission-seoul"))));

			OutboxMessage message = outbox.findByKey(key).orElseThrow();
			assertThat(message.subject()).as(kind.name()).startsWith("ASIA: ").contains(" / ");
			assertThat(message.bodyHtml()).as(kind.name())
				.contains("IRCC Tokyo (Japan)", "IRCC Tokyo (Japon)", "Submit the action-plan update",
						"Tuesday, January 15, 2030 at 17:00 (Asia/Tokyo)", "mardi 15 janvier 2030 à 17 h 00 (Asia/Tokyo)",
						"/camunda/app/tasklist/default/#/?task=task-of-" + key, "Period number",
						"IRCC Seoul (South Korea) (mission-seoul)", "IRCC Séoul (Corée du Sud) (mission-seoul)");
			assertThat(message.bodyHtml().indexOf("lang=\"en\"")).isLessThan(message.bodyHtml().indexOf("lang=\"fr\""));
		}
	}

	/** The renderer keeps one evaluation context per thread: mails rendered at once stay each their own. */
	@Test
	void shouldRenderEachMailForItsOwnRecipientWhenManyAreRenderedAtOnce() throws Exception {
		Map<String, String> nameOf = Map.of("mission-tokyo", "IRCC Tokyo (Japan)", "mission-seoul",
				"IRCC Seoul (South Korea)", "rab", "Refugee Affairs Branch", "gac", "Global Affairs Canada");
		List<String> recipients = List.copyOf(nameOf.keySet());
		var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			List<java.util.concurrent.Future<MailRenderer.Rendered>> rendered = new java.util.ArrayList<>();
			for (int i = 0; i < 200; i++) {
				String recipient = recipients.get(i % recipients.size());
				Notification notification = new Notification(NotificationKind.ACTION_PLAN_REMINDER, "concurrent-" + i,
						recipient, "ASIA", "ASIA-2030-R1-AP", "task-" + i, "Submit action-plan update (period 1)",
						Instant.parse("2030-01-15T08:00:00Z"), null, Map.of("contributor", recipient));
				rendered.add(pool.submit(() -> renderer.render(notification,
						organizations.find(recipient).orElseThrow())));
			}
			for (int i = 0; i < rendered.size(); i++) {
				String recipient = recipients.get(i % recipients.size());
				String body = rendered.get(i).get().bodyHtml();
				assertThat(body).as("mail %d to %s", i, recipient)
					.contains(nameOf.get(recipient), "?task=task-" + i + "\"");
				nameOf.forEach((other, name) -> {
					if (!other.equals(recipient)) {
						assertThat(body).doesNotContain(name);
					}
				});
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void shouldAddressEveryMemberWhateverTheCallerMaySee() {
		String key = unique("caller-rights");
		// a caller of the API whose organization may not read other organizations' users
		identityService.setAuthentication("demo-rab", List.of("rab"));
		try {
			assertThat(identityService.createUserQuery().userId("demo-iir").count()).isZero();
			notifications.send(new Notification(NotificationKind.ESCALATION, key, "iir", "ASIA", null, null, null, null,
					null, Map.of()));
		}
		finally {
			identityService.clearAuthentication();
		}
		assertThat(outbox.findByKey(key).orElseThrow().addresses()).containsExactly("iir@example.org",
				"demo-iir@example.org");
	}

	@Test
	void shouldWriteNothingWhenTheDecidingTransactionRollsBack() {
		String key = unique("rolled-back");
		transactions.executeWithoutResult(tx -> {
			notifications.send(new Notification(NotificationKind.ESCALATION, key, "iir", null, null, null, null, null, null,
					Map.of()));
			tx.setRollbackOnly();
		});
		assertThat(outbox.findByKey(key)).isEmpty();
	}

	@Test
	void shouldEscapeUserTextAndListTheNonRespondentsInBothLanguages() {
		String key = unique("escaped");
		notifications.send(new Notification(NotificationKind.NON_RESPONSE_NOTICE, key, "iir", "AMERICAS", "AMERICAS-2030-R1",
				null, null, null, null,
				Map.of("nonRespondents", List.of("rab", "irb"), "comment", "<script>alert('x')</script> & co")));

		String body = outbox.findByKey(key).orElseThrow().bodyHtml();
		assertThat(body).doesNotContain("<script>")
			.contains("&lt;script&gt;", "&amp; co", "Refugee Affairs Branch (rab)",
					"Direction générale des affaires des réfugiés (rab)", "Immigration and Refugee Board of Canada (irb)",
					"Non respondents");
	}

	@Test
	void shouldSendOneMessageWhenAJobFailsAfterNotifyingAndIsRetried() {
		String businessKey = unique("RETRY");
		Instant due = Instant.parse("2030-01-08T22:00:00Z");
		ProcessInstance instance = runtimeService.createProcessInstanceByKey(PROCESS)
			.businessKey(businessKey)
			.setVariable("strategyCode", "ASIA")
			.setVariable("due", Date.from(due))
			.execute();
		Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();

		assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("Simulated failure");
		assertThat(outbox.findByKey(NotifyThenFailOnce.keyFor(businessKey))).isEmpty();

		managementService.executeJob(job.getId());
		String key = NotifyThenFailOnce.keyFor(businessKey);
		Mails.await(DELIVERY, () -> Mails.to(greenMail, "iir@example.org", key).size() == 1);
		Mails.await(Duration.ofSeconds(1), () -> false);
		assertThat(Mails.to(greenMail, "iir@example.org", key)).hasSize(1);
		assertThat(Mails.to(greenMail, "demo-iir@example.org", key)).hasSize(1);
	}

	@Test
	void shouldTellTheCandidateOrganizationsOfANewTask() throws Exception {
		String businessKey = unique("TASK");
		Instant due = Instant.parse("2030-01-08T22:00:00Z");
		ProcessInstance instance = runtimeService.createProcessInstanceByKey(PROCESS)
			.businessKey(businessKey)
			.setVariable("strategyCode", "ASIA")
			.setVariable("due", Date.from(due))
			.execute();
		Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
		try {
			managementService.executeJob(job.getId());
		}
		catch (IllegalStateException firstRunFails) {
			managementService.executeJob(job.getId());
		}
		Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		String key = "task:" + task.getId() + ":rab";

		Mails.await(DELIVERY, () -> Mails.to(greenMail, "demo-rab@example.org", key).size() == 1);
		List<MimeMessage> mails = Mails.to(greenMail, "demo-rab@example.org", key);
		assertThat(mails).hasSize(1);
		assertThat(Mails.to(greenMail, "rab@example.org", key)).hasSize(1);
		assertThat(Mails.header(mails.get(0), MailHeaders.KIND)).isEqualTo("TASK_AVAILABLE");
		assertThat(mails.get(0).getSubject()).contains("Read the notification", "Refugee Affairs Branch",
				"Une tâche attend Direction générale des affaires des réfugiés");
		assertThat(Mails.body(mails.get(0))).contains("Read the notification", "IRCC Strategy for Asia",
				"Tuesday, January 8, 2030 at 17:00 (America/Toronto)", "mardi 8 janvier 2030 à 17 h 00 (America/Toronto)",
				"http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task.getId(), businessKey);
		// camunda-admin is a candidate group too, but not an organization: nobody to write to
		assertThat(outbox.findByKey("task:" + task.getId() + ":camunda-admin")).isEmpty();
	}

}
