package ca.gc.ircc.governance.web;

import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

/**
 * One JSON mapper for Camunda's REST API and the webapps' engine API, configured exactly as Camunda's
 * {@link JacksonConfigurator} configures one. That resolver builds a new {@link ObjectMapper} on every
 * call, and both APIs ask for one several times per request (to read a filter's stored query, to
 * write the answer), so Jackson introspected the same DTO classes again on every request: 9 % of the
 * CPU of a Tasklist task-list request went to building deserializers for the filter's query alone.
 * A shared mapper keeps what Jackson learns; it is thread-safe, and it copies its date format for each
 * use.
 */
@Provider
@Produces({ MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON })
public class SharedRestObjectMapper implements ContextResolver<ObjectMapper> {

	private static final AtomicLong served = new AtomicLong();

	@Override
	public ObjectMapper getContext(Class<?> type) {
		served.incrementAndGet();
		return Shared.MAPPER;
	}

	/** Built on first use (after the starter has set the date format it was configured with). */
	private static final class Shared {

		static final ObjectMapper MAPPER = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

	}

	/** How many times the REST APIs asked this resolver for a mapper (for the tests). */
	static long served() {
		return served.get();
	}

}
