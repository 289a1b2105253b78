package ca.gc.ircc.governance.support;

import java.util.ArrayDeque;
import java.util.Deque;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Closes the cached Spring test contexts when the test run ends, while the embedded PostgreSQL is
 * still up. Left to the JVM's shutdown hooks, the database could stop first and each context would
 * wait out its connection pool's timeout on the way down.
 */
public class OpenContexts implements LauncherSessionListener {

	private static final Deque<ConfigurableApplicationContext> contexts = new ArrayDeque<>();

	static synchronized void register(ConfigurableApplicationContext context) {
		contexts.push(context);
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		synchronized (OpenContexts.class) {
			while (!contexts.isEmpty()) {
				contexts.pop().close();
			}
		}
	}

}
