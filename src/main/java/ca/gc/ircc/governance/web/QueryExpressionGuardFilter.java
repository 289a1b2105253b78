package ca.gc.ircc.governance.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses expressions in task queries sent by callers. The engine's own switch
 * ({@code enableExpressionsInAdhocQueries=false}) does not look inside {@code orQueries}: there, an
 * expression a caller sends is evaluated on the server. Stored filters (created by the application)
 * keep their expressions; they are not sent in the request.
 */
class QueryExpressionGuardFilter extends OncePerRequestFilter {

	/** Task queries of the REST API and of the webapps' internal API, including filter executions. */
	private static final Pattern TASK_QUERY_PATH = Pattern
		.compile(".*/(task|task/count|filter/[^/]+/(list|count|singleResult))/?");

	private static final int MAX_QUERY_BODY_BYTES = 64 * 1024;

	private final ObjectMapper json = new ObjectMapper();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !TASK_QUERY_PATH.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readNBytes(MAX_QUERY_BODY_BYTES + 1);
		if (body.length > MAX_QUERY_BODY_BYTES) {
			refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "A task query body may not exceed 64 KiB.");
			return;
		}
		if (parametersHoldExpression(request) || bodyHoldsExpression(body)) {
			refuse(response, HttpServletResponse.SC_BAD_REQUEST,
					"Expressions (${...} or #{...}) are not allowed in task queries.");
			return;
		}
		chain.doFilter(new BufferedBodyRequest(request, body), response);
	}

	private static boolean parametersHoldExpression(HttpServletRequest request) {
		return request.getParameterMap()
			.values()
			.stream()
			.flatMap(Arrays::stream)
			.anyMatch(QueryExpressionGuardFilter::isExpression);
	}

	private boolean bodyHoldsExpression(byte[] body) {
		if (body.length == 0) {
			return false;
		}
		try {
			return holdsExpression(json.readTree(body));
		}
		catch (JsonProcessingException notJson) {
			// not JSON: the engine refuses it; still, no expression text may pass
			return isExpression(new String(body, StandardCharsets.UTF_8));
		}
		catch (IOException unreadable) {
			return true;
		}
	}

	private static boolean holdsExpression(JsonNode node) {
		if (node == null) {
			return false;
		}
		if (node.isTextual()) {
			return isExpression(node.textValue());
		}
		for (JsonNode child : node) {
			if (holdsExpression(child)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isExpression(String value) {
		return value != null && (value.contains("${") || value.contains("#{"));
	}

	private static void refuse(HttpServletResponse response, int status, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Refused query\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\"}");
	}

}
