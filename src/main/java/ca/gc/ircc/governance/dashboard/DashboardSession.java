package ca.gc.ircc.governance.dashboard;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import ca.gc.ircc.governance.identity.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;
import org.springframework.stereotype.Component;

/**
 * The dashboard's login is the Camunda webapps' login: the same authentication in the same HTTP
 * session, so a user logged into Tasklist is logged into the dashboard, and the other way round.
 */
@Component
class DashboardSession {

	private static final String CSRF_ATTRIBUTE = DashboardSession.class.getName() + ".csrf";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ProcessEngine engine;

	DashboardSession(ProcessEngine engine) {
		this.engine = engine;
	}

	/** The user of the webapp session, if there is one. */
	Optional<CurrentUser> currentUser(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return Optional.empty();
		}
		Authentication authentication = AuthenticationUtil.getAuthsFromSession(session)
			.getAuthenticationForProcessEngine(engine.getName());
		if (authentication instanceof UserAuthentication user) {
			List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
			return Optional.of(new CurrentUser(user.getName(), Set.copyOf(groups)));
		}
		return Optional.empty();
	}

	/**
	 * Checks the password with Camunda (which throttles failed attempts) and, if it is right, puts the
	 * webapps' authentication in a fresh session (the old one is invalidated against session fixation).
	 */
	boolean logIn(HttpServletRequest request, String userId, String password) {
		if (userId == null || userId.isBlank() || password == null || password.isEmpty()
				|| !engine.getIdentityService().checkPassword(userId, password)) {
			return false;
		}
		UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, userId);
		if (authentication == null) {
			return false;
		}
		Date cacheValidationTime = ServletContextUtil.getAuthCacheValidationTime(request.getServletContext());
		if (cacheValidationTime != null) {
			authentication.setCacheValidationTime(cacheValidationTime);
		}
		AuthenticationUtil.revalidateSession(request, authentication);
		return true;
	}

	/** Ends the session: the user is logged out of the dashboard and of the webapps. */
	void logOut(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

	/** The session's token for the dashboard's forms (created on first use). */
	String csrfToken(HttpServletRequest request) {
		HttpSession session = request.getSession(true);
		Object token = session.getAttribute(CSRF_ATTRIBUTE);
		if (token instanceof String existing) {
			return existing;
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		session.setAttribute(CSRF_ATTRIBUTE, fresh);
		return fresh;
	}

	boolean csrfTokenMatches(HttpServletRequest request, String submitted) {
		HttpSession session = request.getSession(false);
		if (session == null || submitted == null || !(session.getAttribute(CSRF_ATTRIBUTE) instanceof String expected)) {
			return false;
		}
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
	}

}
