package ca.gc.ircc.governance.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.SimpleDateFormat;
import java.util.Date;

import ca.gc.ircc.governance.support.BrowserSession;
import ca.gc.ircc.governance.support.IntegrationTest;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Both REST APIs take their JSON mapper from {@link SharedRestObjectMapper}, and answer as before. */
@IntegrationTest
class SharedRestObjectMapperTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	TaskService taskService;

	@Autowired
	FilterService filterService;

	@LocalServerPort
	int port;

	@Test
	void shouldHandOutOneMapperConfiguredAsCamundasOwn() {
		ObjectMapper shared = new SharedRestObjectMapper().getContext(Task.class);
		ObjectMapper camundas = new JacksonConfigurator().getContext(Task.class);

		assertThat(new SharedRestObjectMapper().getContext(Date.class)).isSameAs(shared);
		assertThat(camundas).isNotSameAs(new JacksonConfigurator().getContext(Task.class));
		assertThat(shared.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
		assertThat(shared.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).isFalse();
		assertThat(((SimpleDateFormat) shared.getDateFormat()).toPattern())
			.isEqualTo(((SimpleDateFormat) camundas.getDateFormat()).toPattern());
		assertThat(shared.getRegisteredModuleIds()).isEqualTo(camundas.getRegisteredModuleIds());
	}

	@Test
	void shouldWriteTheRestApisAnswersWithIt() {
		Task task = taskService.newTask();
		task.setName("Shared mapper check");
		task.setDueDate(new Date(1_900_000_000_000L));
		taskService.saveTask(task);
		try {
			long before = SharedRestObjectMapper.served();

			ResponseEntity<String> answer = http.withBasicAuth("demo-admin", "demo")
				.getForEntity("/engine-rest/task/{id}", String.class, task.getId());

			assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
			// Camunda's date format, yyyy-MM-dd'T'HH:mm:ss.SSSZ
			assertThat(answer.getBody()).containsPattern("\"due\":\"2030-03-17T\\d\\d:\\d\\d:40\\.000[+-]\\d{4}\"");
			assertThat(SharedRestObjectMapper.served()).isGreaterThan(before);
		}
		finally {
			taskService.deleteTask(task.getId(), true);
		}
	}

	@Test
	void shouldReadAndWriteTasklistsFilterRequestsWithIt() {
		BrowserSession browser = new BrowserSession(port);
		HttpResponse<String> login = browser.logIntoTasklist("demo-iir", "demo");
		assertThat(login.statusCode()).isEqualTo(200);
		String filterId = filterService.createFilterQuery().filterName("My organization's tasks").singleResult().getId();
		String csrfToken = browser.get("/camunda/app/tasklist/default/").headers().firstValue("X-XSRF-TOKEN").orElseThrow();
		long before = SharedRestObjectMapper.served();

		HttpResponse<String> list = browser.send(HttpRequest
			.newBuilder(URI.create(browser.base() + "/camunda/api/engine/engine/default/filter/" + filterId
					+ "/list?firstResult=0&maxResults=15"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/hal+json")
			.header("X-XSRF-TOKEN", csrfToken)
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build());

		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		assertThat(list.body()).contains("\"_embedded\"").contains("\"count\"");
		// the filter's stored query is read and the HAL answer written: at least two mappers asked for
		assertThat(SharedRestObjectMapper.served()).isGreaterThanOrEqualTo(before + 2);
	}

}
