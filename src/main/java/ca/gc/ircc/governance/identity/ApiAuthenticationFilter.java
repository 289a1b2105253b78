package ca.gc.ircc.governance.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication of the application's API against Camunda's identity service, so that a
 * Tasklist login works here too. The caller's Camunda authentication is set for the request, so the
 * engine applies its authorizations to everything the API does on the caller's behalf.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

	static final String REALM = "strategy-governance";

	private final IdentityService identityService;

	ApiAuthenticationFilter(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String[] credentials = basicCredentials(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
			refuse(response);
			return;
		}
		String userId = credentials[0];
		Set<String> groupIds = identityService.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.collect(Collectors.toSet());
		request.setAttribute(CurrentUser.class.getName(), new CurrentUser(userId, groupIds));
		identityService.setAuthentication(userId, groupIds.stream().toList());
		try {
			chain.doFilter(request, response);
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	private static String[] basicCredentials(String header) {
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			if (colon <= 0) {
				return null;
			}
			return new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
		}
		catch (IllegalArgumentException notBase64) {
			return null;
		}
	}

	private static void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
					+ "\"detail\":\"Sign in with your user id and password (HTTP Basic).\"}");
	}

}
