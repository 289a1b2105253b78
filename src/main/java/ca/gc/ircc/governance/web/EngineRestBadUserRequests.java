package ca.gc.ircc.governance.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import ca.gc.ircc.governance.ProcessInputException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda REST answers 500 to any engine exception raised while starting a process ({@code /start})
 * or completing a task ({@code /complete}), even a {@code BadUserRequestException} thrown by a start
 * or task listener that refuses bad input. This mapper answers a {@link ProcessInputException} with
 * 400, its message and the {@code field} it names, and so a variable the engine cannot read back (a
 * Json variable whose text is not JSON); everything else keeps Camunda's own answer.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestBadUserRequests {

	@Bean
	ResourceConfigCustomizer badUserRequestsAnsweredAs400() {
		return config -> config.register(Mapper.class);
	}

	@Priority(1)
	static class Mapper implements ExceptionMapper<RestException> {

		private static final Pattern UNREADABLE_VARIABLE = Pattern
			.compile("Cannot deserialize object in variable '([A-Za-z0-9_]+)'");

		private final RestExceptionHandler camundaHandler = new RestExceptionHandler();

		@Override
		public Response toResponse(RestException exception) {
			if (exception.getStatus() != Response.Status.INTERNAL_SERVER_ERROR) {
				return camundaHandler.toResponse(exception);
			}
			ProcessInputException badInput = processInputIn(exception);
			if (badInput != null) {
				return badRequest(badInput.getClass().getSimpleName(), badInput.getMessage(), badInput.getField());
			}
			String unreadableVariable = unreadableVariableIn(exception);
			if (unreadableVariable != null) {
				return badRequest(ProcessInputException.class.getSimpleName(),
						unreadableVariable + ": is not valid for its type (e.g. a Json variable that is not JSON)",
						unreadableVariable);
			}
			return camundaHandler.toResponse(exception);
		}

		private static Response badRequest(String type, String message, String field) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("type", type);
			body.put("message", message);
			body.put("code", 0);
			body.put("field", field);
			return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
		}

		/**
		 * The variable a caller sent in a form its type cannot hold (a Json variable whose text is not
		 * JSON): the engine fails only when a listener reads it, so this is the caller's input, not a
		 * fault of ours.
		 */
		private static String unreadableVariableIn(Throwable failure) {
			for (Throwable t = failure; t != null; t = t.getCause()) {
				Matcher matcher = t.getMessage() == null ? null
						: UNREADABLE_VARIABLE.matcher(t.getMessage());
				if (matcher != null && matcher.find()) {
					return matcher.group(1);
				}
			}
			return null;
		}

		private static ProcessInputException processInputIn(Throwable failure) {
			for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
				if (t instanceof ProcessInputException badInput) {
					return badInput;
				}
			}
			return null;
		}

	}

}
