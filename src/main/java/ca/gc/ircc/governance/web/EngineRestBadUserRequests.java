package ca.gc.ircc.governance.web;

import java.util.LinkedHashMap;
import java.util.Map;

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
 * 400, its message and the {@code field} it names; everything else keeps Camunda's own answer.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestBadUserRequests {

	@Bean
	ResourceConfigCustomizer badUserRequestsAnsweredAs400() {
		return config -> config.register(Mapper.class);
	}

	@Priority(1)
	static class Mapper implements ExceptionMapper<RestException> {

		private final RestExceptionHandler camundaHandler = new RestExceptionHandler();

		@Override
		public Response toResponse(RestException exception) {
			ProcessInputException badInput = processInputIn(exception);
			if (badInput == null || exception.getStatus() != Response.Status.INTERNAL_SERVER_ERROR) {
				return camundaHandler.toResponse(exception);
			}
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("type", badInput.getClass().getSimpleName());
			body.put("message", badInput.getMessage());
			body.put("code", badInput.getCode());
			body.put("field", badInput.getField());
			return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
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
