package ca.gc.ircc.governance.actionplan;

import java.util.ArrayList;
import java.util.List;

import ca.gc.ircc.governance.InvalidInputException;
import ca.gc.ircc.governance.ProcessInputException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Reads and writes the process's variables: Json for lists and objects, never Java serialization. */
final class ProcessVariables {

	private ProcessVariables() {
	}

	/** The variable as JSON text, whether it came as a Json variable or as a String holding JSON. */
	static String json(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		if (value == null) {
			return null;
		}
		if (value instanceof SpinJsonNode node) {
			return node.toString();
		}
		return value.toString();
	}

	static List<String> strings(VariableScope scope, String name) {
		String text = json(scope, name);
		if (text == null) {
			return null;
		}
		SpinJsonNode node;
		try {
			node = Spin.JSON(text);
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException(name, name + " must be a JSON array of strings");
		}
		if (!node.isArray()) {
			throw new InvalidInputException(name, name + " must be a JSON array of strings");
		}
		List<String> values = new ArrayList<>();
		for (SpinJsonNode element : node.elements()) {
			values.add(element.isString() ? element.stringValue() : null);
		}
		return values;
	}

	static JsonValue jsonValue(Object value) {
		return SpinValues.jsonValue(Spin.JSON(value).toString()).create();
	}

	/**
	 * Bad input in a task completion (Tasklist form or {@code POST /engine-rest/task/{id}/complete}): the
	 * transaction rolls back and the task stays open. Camunda's REST API answers 400 for a
	 * {@link FormFieldValidationException} (and 500 for any other engine exception, BadUserRequestException
	 * included), and Tasklist shows its message on the form.
	 */
	static FormFieldValidationException invalidCompletion(InvalidInputException ex) {
		return new FormFieldValidationException(ex.getField(), ex.getField() + ": " + ex.getMessage());
	}

	/**
	 * Bad input in a process start ({@code POST /engine-rest/process-definition/key/.../start}): the
	 * transaction rolls back, and the REST API answers 400 naming the field (see
	 * {@code web/EngineRestBadUserRequests}).
	 */
	static ProcessInputException invalidStart(InvalidInputException ex) {
		return new ProcessInputException(ex);
	}

}
