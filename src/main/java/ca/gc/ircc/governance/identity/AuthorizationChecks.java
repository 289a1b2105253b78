package ca.gc.ircc.governance.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * How the engine checks authorizations here, where access is granted and never revoked. Two of
 * Camunda's checks read {@code ACT_RU_AUTHORIZATION}, a table with a row per open task and candidate
 * group, in every command of an authenticated user, for nothing:
 * <ul>
 * <li>It narrows the user's groups to those holding any authorization, with
 * {@code SELECT DISTINCT GROUP_ID_}: 2.5 ms at 11,000 open tasks, five times per Tasklist request. The
 * narrowing changes no result (a group without authorizations matches no row of a check); it only
 * shortens the {@code IN} list for users in many groups, and the users here are in one or two. The
 * groups are used as they are.
 * <li>It asks whether a revoke authorization applies to the user or its groups
 * ({@code authorizationCheckRevokes: auto}), seven times per Tasklist request. The application grants
 * and never revokes, so the checks ignore revokes ({@code never}), and saving a revoke authorization
 * (Admin, REST, Java API) is refused, and the engine does not start while one exists: a revoke would
 * otherwise be ignored without a word.
 * </ul>
 */
@Component
class AuthorizationChecks extends AbstractProcessEnginePlugin {

	static final String REVOKES_REFUSED = "Revoke authorizations are not used in this application: "
			+ "access is granted to groups and users, never revoked. Remove the grant instead.";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
		List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomSessionFactories());
		factories.add(new Factory());
		configuration.setCustomSessionFactories(factories);
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		long revokes = engine.getAuthorizationService()
			.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_REVOKE)
			.count();
		if (revokes > 0) {
			throw new IllegalStateException("The database holds " + revokes + " revoke authorization(s) "
					+ "(ACT_RU_AUTHORIZATION.TYPE_ = 2), which this application's authorization checks would ignore. "
					+ REVOKES_REFUSED);
		}
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

		@Override
		public void insert(DbEntity authorization) {
			refuseRevoke(authorization);
			super.insert(authorization);
		}

		@Override
		public void update(AuthorizationEntity authorization) {
			refuseRevoke(authorization);
			super.update(authorization);
		}

		private static void refuseRevoke(DbEntity entity) {
			if (entity instanceof AuthorizationEntity authorization
					&& authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
				throw new BadUserRequestException(REVOKES_REFUSED);
			}
		}

	}

}
