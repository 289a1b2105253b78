package ca.gc.ircc.governance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user task of {@code processes/} names a form of {@code forms/} by a constant (an expression
 * would be resolved through the task's variables each time a task list shows it), and every form there
 * is a user task's or a start event's.
 */
class ProcessFormsTest {

	@Test
	void shouldLinkEveryUserTaskToAFormAndUseEveryForm() throws IOException {
		Set<String> referenced = new TreeSet<>();
		for (Path bpmn : files("processes", ".bpmn")) {
			for (UserTask task : Bpmn.readModelFromFile(bpmn.toFile()).getModelElementsByType(UserTask.class)) {
				assertThat(task.getCamundaFormRef()).as("form of %s in %s", task.getId(), bpmn)
					.isNotBlank()
					.doesNotContain("${");
				assertThat(task.getCamundaFormRefBinding()).as("form binding of %s", task.getId()).isEqualTo("deployment");
				referenced.add(task.getCamundaFormRef());
			}
			for (StartEvent start : Bpmn.readModelFromFile(bpmn.toFile()).getModelElementsByType(StartEvent.class)) {
				if (start.getCamundaFormRef() != null) {
					referenced.add(start.getCamundaFormRef());
				}
			}
		}
		Set<String> forms = new TreeSet<>();
		ObjectMapper json = new ObjectMapper();
		for (Path form : files("forms", ".form")) {
			JsonNode id = json.readTree(form.toFile()).path("id");
			assertThat(forms.add(id.asText())).as("form id of %s is its own", form).isTrue();
		}
		assertThat(forms).isEqualTo(referenced);
	}

	private static List<Path> files(String folder, String suffix) throws IOException {
		try (Stream<Path> paths = Files.list(Path.of(folder))) {
			return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
		}
	}

}
