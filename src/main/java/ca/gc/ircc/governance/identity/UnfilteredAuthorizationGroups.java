package ca.gc.ircc.governance.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Authorization checks use the authenticated user's groups as they are. Camunda first narrows them
 * to the groups that hold at least one authorization, and finds those with
 * {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION} in every command of an authenticated
 * user. That table holds a row per open task and candidate group, so the scan grows with the work in
 * flight: at 11,000 open tasks it took 2.5 ms, five times per Tasklist request. The narrowing changes
 * no result (a group without authorizations matches no row of the check); it only shortens the
 * {@code IN} list for users in many groups, and the users here are in one or two.
 */
@Component
class UnfilteredAuthorizationGroups extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomSessionFactories());
		factories.add(new Factory());
		configuration.setCustomSessionFactories(factories);
	}

	/** Replaces the engine's {@link AuthorizationManager} session (the engine looks it up by that type). */
	static final class Factory implements SessionFactory {

		@Override
		public Class<?> getSessionType() {
			return AuthorizationManager.class;
		}

		@Override
		public Session openSession() {
			return new Manager();
		}

	}

	static final class Manager extends AuthorizationManager {

		@Override
		public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
			return authenticatedGroupIds == null ? List.of() : new ArrayList<>(authenticatedGroupIds);
		}

	}

}
