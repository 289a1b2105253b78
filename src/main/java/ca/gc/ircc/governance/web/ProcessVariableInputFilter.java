package ca.gc.ircc.governance.web;

import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the variables a caller sends to a process (task completion, form submission, process start,
 * message correlation) before the engine stores them, and refuses with 400 naming the variable:
 * <ul>
 * <li>a text longer than Camunda can hold in a {@code String} variable (4,000 characters: the engine
 * would fail when it writes the variable, with a 500);</li>
 * <li>a variable of type {@code Object}: lists and objects travel as {@code Json}, and no Java object
 * is taken from a caller.</li>
 * </ul>
 */
class ProcessVariableInputFilter extends OncePerRequestFilter {

	static final int MAX_TEXT_LENGTH = 4000;

	private static final Pattern PROCESS_INPUT_PATH = Pattern.compile(
			".*/(task/[^/]+/(complete|submit-form|resolve)|process-definition/(key/)?[^/]+/(start|submit-form)|message)/?");

	/** Where a request body carries variables, by endpoint. */
	private static final Set<String> VARIABLE_MAPS = Set.of("variables", "processVariables", "processVariablesLocal",
			"correlationKeys", "localCorrelationKeys");

	private static final Set<String> TYPES_STORED_AS_TEXT = Set.of("string");

	private final ObjectMapper json = new ObjectMapper();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !PROCESS_INPUT_PATH.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readAllBytes();
		String refusal = refusalFor(body);
		if (refusal != null) {
			String field = refusal.substring(0, refusal.indexOf(':'));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write(json.writeValueAsString(Map.of("type", "ProcessInputException", "message", refusal, "code", 0,
						"field", field)));
			return;
		}
		chain.doFilter(new BufferedBodyRequest(request, body), response);
	}

	/** What is wrong with the body, as {@code "<variable>: <reason>"}, or null when nothing is. */
	private String refusalFor(byte[] body) {
		if (body.length == 0) {
			return null;
		}
		JsonNode root;
		try {
			root = json.readTree(body);
		}
		catch (IOException notJson) {
			return null; // the engine's own answer (400) names the syntax error
		}
		if (root == null || !root.isObject()) {
			return null;
		}
		for (String mapName : VARIABLE_MAPS) {
			JsonNode variables = root.get(mapName);
			if (variables == null || !variables.isObject()) {
				continue;
			}
			for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> variable = it.next();
				String refusal = refusalFor(variable.getKey(), variable.getValue());
				if (refusal != null) {
					return refusal;
				}
			}
		}
		return null;
	}

	private static String refusalFor(String name, JsonNode variable) {
		if (variable == null || !variable.isObject()) {
			return null;
		}
		String type = variable.path("type").asText("").toLowerCase(Locale.ROOT);
		if (type.equals("object")) {
			return name + ": type Object is not accepted; send lists and objects as Json";
		}
		JsonNode value = variable.get("value");
		boolean storedAsText = type.isEmpty() || TYPES_STORED_AS_TEXT.contains(type);
		if (storedAsText && value != null && value.isTextual() && value.textValue().length() > MAX_TEXT_LENGTH) {
			return name + ": at most " + MAX_TEXT_LENGTH + " characters (it has " + value.textValue().length() + ")";
		}
		return null;
	}

}
