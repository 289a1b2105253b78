package ca.gc.ircc.governance.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.FeatureContext;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Puts {@link SharedRestObjectMapper} ahead of Camunda's {@link JacksonConfigurator} in every Jersey
 * application that registers the latter: the REST API ({@code /engine-rest}) and the webapps' engine
 * API ({@code /camunda/api/engine}, what Tasklist calls). The webapps build their Jersey application
 * from Camunda's own class, so Jersey's auto-discovery (listed in {@code META-INF/services}) is the way
 * to reach both.
 */
public class SharedRestObjectMapperFeature implements AutoDiscoverable {

	@Override
	public void configure(FeatureContext context) {
		if (context.getConfiguration().isRegistered(JacksonConfigurator.class)
				&& !context.getConfiguration().isRegistered(SharedRestObjectMapper.class)) {
			context.register(SharedRestObjectMapper.class, Priorities.USER - 1000);
		}
	}

}
