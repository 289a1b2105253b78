package ca.gc.ircc.governance.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes Camunda Admin's first-run setup, which lets anyone who reaches the server create an
 * administrator while none exists. Administrators are created at start-up from
 * {@code camunda.bpm.admin-user.*} instead (see README).
 */
class AdminSetupLockFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":"
					+ "\"The first-run setup is disabled: start the application with "
					+ "camunda.bpm.admin-user.id and camunda.bpm.admin-user.password to create an administrator.\"}");
	}

}
