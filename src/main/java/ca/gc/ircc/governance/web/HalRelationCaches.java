package ca.gc.ircc.governance.web;

import java.time.Duration;

import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.cache.DefaultHalResourceCache;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Turns on Camunda's cache of HAL relations (the REST APIs' documented option, which a web.xml would
 * set with {@code HalRelationCacheBootstrap}) for process definitions: a Tasklist page embeds the
 * process definition of its tasks, and without the cache every page queries it again (with its
 * authorization check, a sixteenth of the request's CPU). The cache is shared by all users, which is
 * safe here because every organization may read every published process model
 * ({@code identity.GroupAuthorizations}); users and groups are not cached, as an organization may not
 * read another's users. A deployed definition does not change; its suspension shows in Tasklist's
 * lists within the time to live.
 */
@Component
class HalRelationCaches {

	private final Settings settings;

	HalRelationCaches(Settings settings) {
		this.settings = settings;
	}

	@PostConstruct
	void register() {
		Hal.getInstance()
			.registerHalRelationCache(HalProcessDefinition.class,
					new DefaultHalResourceCache(settings.capacity(), settings.timeToLive().toSeconds()));
	}

	/**
	 * @param capacity how many process definitions are kept
	 * @param timeToLive how long a kept definition is used before it is read again
	 */
	@ConfigurationProperties("governance.rest.hal-cache")
	record Settings(@DefaultValue("1000") int capacity, @DefaultValue("PT5M") Duration timeToLive) {

		Settings {
			if (capacity < 1) {
				throw new IllegalArgumentException("governance.rest.hal-cache.capacity must be at least 1");
			}
			if (timeToLive.isNegative()) {
				throw new IllegalArgumentException("governance.rest.hal-cache.time-to-live may not be negative");
			}
		}

	}

}
