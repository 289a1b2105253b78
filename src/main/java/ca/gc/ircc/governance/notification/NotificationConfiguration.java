package ca.gc.ircc.governance.notification;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {

	/**
	 * Jakarta Mail 2.1 looks its stream provider up with a class-path scan (ServiceLoader) on every
	 * header it encodes or decodes (jakartaee/mail-api#861): a tenth of the application's CPU under
	 * load, in the benchmark's profile. Naming the provider makes the lookup a class-name load.
	 */
	static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	static {
		if (System.getProperty(STREAM_PROVIDER) == null) {
			System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

	/** "Now" for scheduling and dispatching; a test can register its own clock instead. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

}
