package ca.gc.ircc.governance.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ca.gc.ircc.governance.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.springframework.stereotype.Component;

/**
 * The one place an action-plan update is checked, whichever way it arrives (a Tasklist form, the
 * engine's REST API, the application's API). Refuses the first broken rule with the path of the
 * offending field, e.g. {@code activities[1].participants} (activities counted from 0). An activity
 * object with nothing filled in (an unused row of the update form) is ignored.
 */
@Component
public class ActionPlanUpdateValidator {

	static final String FIELD = "activities";

	private final ObjectMapper json;

	ActionPlanUpdateValidator(ObjectMapper json) {
		this.json = json;
	}

	/**
	 * @param activitiesJson the update as JSON: an array of activity objects (empty = nothing to report)
	 * @param strategyCode the strategy whose indicators apply
	 * @param period the period reported on: activity dates must fall in its fiscal year
	 */
	public List<ActivityInput> validate(String activitiesJson, String strategyCode, PlanPeriod period) {
		if (activitiesJson == null || activitiesJson.isBlank()) {
			throw new InvalidInputException(FIELD,
					"activities is required: a list of activities, empty when there is nothing to report");
		}
		JsonNode root;
		try {
			root = json.readTree(activitiesJson);
		}
		catch (JsonProcessingException ex) {
			throw new InvalidInputException(FIELD, "activities is not valid JSON");
		}
		if (root == null || !root.isArray()) {
			throw new InvalidInputException(FIELD, "activities must be a list of activities");
		}
		LocalDate earliest = PeriodCalendar.fiscalYearStart(period.getStartsAt().atZone(PeriodCalendar.OTTAWA).toLocalDate());
		LocalDate latest = PeriodCalendar
			.fiscalYearStart(period.getEndsAt().minusNanos(1).atZone(PeriodCalendar.OTTAWA).toLocalDate())
			.plusYears(1)
			.minusDays(1);
		Set<String> indicators = StrategyIndicators.of(strategyCode);
		List<ActivityInput> activities = new ArrayList<>();
		for (int i = 0; i < root.size(); i++) {
			if (isUnusedRow(root.get(i))) {
				continue;
			}
			activities.add(activity(root.get(i), FIELD + "[" + i + "]", indicators, earliest, latest));
		}
		return activities;
	}

	private ActivityInput activity(JsonNode node, String path, Set<String> indicators, LocalDate earliest,
			LocalDate latest) {
		if (node == null || !node.isObject()) {
			throw new InvalidInputException(path, path + " must be an activity object");
		}
		int priority = priority(node.get("priority"), path + ".priority");
		String title = text(node, path, "title");
		if (title == null) {
			throw new InvalidInputException(path + ".title", path + ".title is required");
		}
		LocalDate date = date(node.get("date"), path + ".date", earliest, latest);
		Integer participants = participants(node.get("participants"), path + ".participants");
		ActivityRole role = role(node.get("role"), path + ".role");
		List<String> citations = citations(node.get("citations"), path + ".citations");
		for (String indicator : StrategyIndicators.ALL_SPECIFIC) {
			if (!indicators.contains(indicator) && present(node.get(indicator))) {
				throw new InvalidInputException(path + "." + indicator,
						path + "." + indicator + " is an indicator of another strategy, not of this one");
			}
		}
		return new ActivityInput(priority, title, text(node, path, "partner"), date, participants, role, citations,
				text(node, path, "outcome"), newParticipants(node.get(StrategyIndicators.NEW_PARTICIPANTS), path),
				text(node, path, StrategyIndicators.CONTEXT), text(node, path, StrategyIndicators.APPLICATION_QUALITY));
	}

	private static int priority(JsonNode node, String field) {
		Integer number = integer(node, field, "the number (1-4) of the Strategic Priority the activity serves");
		if (number == null) {
			throw new InvalidInputException(field, field + " is required: a Strategic Priority from 1 to 4");
		}
		if (number < 1 || number > 4) {
			throw new InvalidInputException(field, field + " must be a Strategic Priority from 1 to 4, not " + number);
		}
		return number;
	}

	private static Integer participants(JsonNode node, String field) {
		Integer count = integer(node, field, "a whole number of participants");
		if (count != null && count < 0) {
			throw new InvalidInputException(field, field + " cannot be negative");
		}
		return count;
	}

	/** A whole number, given as a JSON number or as digits in a string; null when absent. */
	private static Integer integer(JsonNode node, String field, String expected) {
		if (!present(node)) {
			return null;
		}
		BigDecimal value;
		try {
			value = node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText().trim());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, field + " must be " + expected);
		}
		if (!node.isNumber() && !node.isTextual()) {
			throw new InvalidInputException(field, field + " must be " + expected);
		}
		try {
			return value.intValueExact();
		}
		catch (ArithmeticException ex) {
			throw new InvalidInputException(field, field + " must be " + expected + ", not " + value);
		}
	}

	private static LocalDate date(JsonNode node, String field, LocalDate earliest, LocalDate latest) {
		if (!present(node)) {
			return null;
		}
		LocalDate date;
		try {
			String text = node.asText().trim();
			date = LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, field + " must be a date such as 2026-05-14");
		}
		if (date.isBefore(earliest) || date.isAfter(latest)) {
			throw new InvalidInputException(field,
					field + " must fall in the period's fiscal year, from " + earliest + " to " + latest);
		}
		return date;
	}

	private static ActivityRole role(JsonNode node, String field) {
		if (!present(node)) {
			return null;
		}
		try {
			return ActivityRole.valueOf(node.asText().trim());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, field + " must be LEAD, RESOURCE or PARTICIPANT");
		}
	}

	/** A list of strings, or one text with a citation per line (as a form's text area gives it). */
	private static List<String> citations(JsonNode node, String field) {
		List<String> citations = new ArrayList<>();
		if (!present(node)) {
			return citations;
		}
		if (node.isTextual()) {
			node.asText().lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(citations::add);
			return citations;
		}
		if (!node.isArray()) {
			throw new InvalidInputException(field, field + " must be a list of citations");
		}
		for (int i = 0; i < node.size(); i++) {
			JsonNode citation = node.get(i);
			if (!citation.isTextual()) {
				throw new InvalidInputException(field + "[" + i + "]", field + "[" + i + "] must be a text");
			}
			if (!citation.asText().isBlank()) {
				citations.add(citation.asText().strip());
			}
		}
		return citations;
	}

	private static Boolean newParticipants(JsonNode node, String path) {
		if (!present(node)) {
			return null;
		}
		if (!node.isBoolean()) {
			throw new InvalidInputException(path + ".newParticipants", path + ".newParticipants must be true or false");
		}
		return node.booleanValue();
	}

	private static String text(JsonNode activity, String path, String name) {
		JsonNode node = activity.get(name);
		if (!present(node)) {
			return null;
		}
		if (!node.isTextual()) {
			throw new InvalidInputException(path + "." + name, path + "." + name + " must be text");
		}
		return node.asText();
	}

	/** An activity object with nothing filled in, as an unused row of the update form sends it. */
	private static boolean isUnusedRow(JsonNode node) {
		if (node == null || !node.isObject()) {
			return false;
		}
		for (JsonNode value : node) {
			boolean empty = !present(value) || (value.isBoolean() && !value.booleanValue())
					|| (value.isContainerNode() && value.isEmpty());
			if (!empty) {
				return false;
			}
		}
		return true;
	}

	private static boolean present(JsonNode node) {
		return node != null && !node.isNull() && !(node.isTextual() && node.asText().isBlank());
	}

}
