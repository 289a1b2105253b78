package ca.gc.ircc.governance.notification;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import ca.gc.ircc.governance.ForbiddenException;
import ca.gc.ircc.governance.InvalidInputException;
import ca.gc.ircc.governance.NotFoundException;
import ca.gc.ircc.governance.identity.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The outbox as a page for administrators: what went out, what waits and why. In a run without an
 * SMTP server this is where a demo sees the mail that would have been sent.
 */
@Controller
class OutboxAdminPage {

	/** Times on the page, to the second, in UTC (each mail shows its due date in the recipient's zone). */
	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final OutboxAdministration administration;

	OutboxAdminPage(OutboxAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/admin/outbox")
	String outbox(CurrentUser user, @RequestParam(required = false) String status, @RequestParam(required = false) Long show,
			Model model) {
		var messages = administration.list(user, status);
		model.addAttribute("messages", messages);
		model.addAttribute("status", status == null ? "" : status.toUpperCase(java.util.Locale.ROOT));
		model.addAttribute("statuses", OutboxStatus.values());
		model.addAttribute("summary", administration.summary(user));
		model.addAttribute("utc", UTC);
		model.addAttribute("shown", show == null ? null
				: messages.stream().filter(m -> m.id() == show).findFirst().orElse(null));
		return "admin/outbox";
	}

	@ExceptionHandler(ForbiddenException.class)
	String forbidden(ForbiddenException ex, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		model.addAttribute("message", ex.getMessage());
		return "admin/refused";
	}

	@ExceptionHandler({ InvalidInputException.class, NotFoundException.class })
	String invalid(RuntimeException ex, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("message", ex.getMessage());
		return "admin/refused";
	}

}
