package ca.gc.ircc.governance.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import ca.gc.ircc.governance.InvalidInputException;
import org.camunda.spin.Spin;
import org.camunda.spin.SpinRuntimeException;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Reads and writes the lists that travel as Camunda {@code Json} variables. */
public final class JsonValues {

	private JsonValues() {
	}

	/** A JSON array of strings, however it arrived: Json variable, JSON text or a Java collection. */
	public static List<String> strings(String field, Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(String::valueOf).toList();
		}
		SpinJsonNode node = node(field, value);
		if (!node.isArray()) {
			throw new InvalidInputException(field, "must be a JSON array of organization codes");
		}
		List<String> result = new ArrayList<>();
		for (SpinJsonNode element : node.elements()) {
			if (!element.isString()) {
				throw new InvalidInputException(field, "must be a JSON array of organization codes");
			}
			result.add(element.stringValue());
		}
		return result;
	}

	public static SpinJsonNode node(String field, Object value) {
		if (value instanceof SpinJsonNode node) {
			return node;
		}
		if (value instanceof String text) {
			try {
				return Spin.JSON(text);
			}
			catch (SpinRuntimeException ex) {
				throw new InvalidInputException(field, "is not valid JSON");
			}
		}
		throw new InvalidInputException(field, "must be JSON");
	}

	public static JsonValue json(Object listOrMap) {
		return SpinValues.jsonValue(Spin.JSON(listOrMap).toString()).create();
	}

}
