package ca.gc.ircc.governance.bench;

import java.io.InputStream;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bare engine runs the review process's own shape, and none of the application's code. */
class BareEngineModelTest {

	@Test
	void shouldKeepEveryElementOfTheReviewProcessAndNoApplicationCode() throws Exception {
		BpmnModelInstance bare = BareEngine.withoutApplicationCode();

		assertSameElementsWithoutApplicationCode("/processes/strategy-review.bpmn", bare);
		assertThat(bare.getModelElementsByType(CamundaExecutionListener.class)).isEmpty();
		assertThat(bare.getModelElementsByType(ServiceTask.class))
			.allSatisfy(task -> assertThat(task.getCamundaExpression()).isEqualTo("${null}"));
	}

	@Test
	void shouldKeepEveryElementOfTheActionPlanProcessAndNoApplicationCode() throws Exception {
		BpmnModelInstance bare = BareEngine.actionPlanWithoutApplicationCode();

		assertSameElementsWithoutApplicationCode("/processes/action-plan-collection.bpmn", bare);
		assertThat(bare.getModelElementsByType(MultiInstanceLoopCharacteristics.class)).singleElement()
			.satisfies(loop -> assertThat(loop.getCamundaCollection()).isEqualTo("${contributors}"));
	}

	/** The stripped model has the original's elements, no task listener, no delegate, and is valid. */
	private void assertSameElementsWithoutApplicationCode(String resource, BpmnModelInstance bare) throws Exception {
		BpmnModelInstance original;
		try (InputStream bpmn = getClass().getResourceAsStream(resource)) {
			original = Bpmn.readModelFromStream(bpmn);
		}
		assertThat(ids(bare)).isEqualTo(ids(original));
		assertThat(original.getModelElementsByType(CamundaTaskListener.class).size()
				+ original.getModelElementsByType(ServiceTask.class).size()).isPositive();
		assertThat(bare.getModelElementsByType(CamundaTaskListener.class)).isEmpty();
		assertThat(bare.getModelElementsByType(ServiceTask.class)).isNotEmpty()
			.allSatisfy(task -> assertThat(task.getCamundaDelegateExpression()).isNull());
		Bpmn.validateModel(bare);
	}

	private static List<String> ids(BpmnModelInstance model) {
		return model.getModelElementsByType(FlowElement.class).stream().map(FlowElement::getId).sorted().toList();
	}

}
