package ca.gc.ircc.governance.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import ca.gc.ircc.governance.ForbiddenException;
import ca.gc.ircc.governance.InvalidInputException;
import ca.gc.ircc.governance.distribution.DistributionRecordRepository;
import ca.gc.ircc.governance.identity.AccessPolicy;
import ca.gc.ircc.governance.identity.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail of a review cycle or an action plan, for IIR, as JSON or CSV: the engine's history
 * and, for a review cycle, the application's record of its distribution.
 */
@RestController
class AuditController {

	static final String REVIEW_PROCESS = "strategy-review";

	static final String ACTION_PLAN_PROCESS = "action-plan-collection";

	private final AuditTrail trail;

	private final AccessPolicy access;

	private final DistributionRecordRepository distributions;

	AuditController(AuditTrail trail, AccessPolicy access, DistributionRecordRepository distributions) {
		this.trail = trail;
		this.access = access;
		this.distributions = distributions;
	}

	@GetMapping("/api/review-cycles/{businessKey}/audit")
	ResponseEntity<?> reviewCycle(@PathVariable String businessKey,
			@RequestParam(defaultValue = "json") String format, CurrentUser user) {
		return answer(REVIEW_PROCESS, businessKey, format, user, distributionsOf(businessKey));
	}

	/** The application's record of who the strategy was sent to, and when. */
	private List<AuditEvent> distributionsOf(String businessKey) {
		return distributions.findByBusinessKeyOrderByOrganizationCode(businessKey)
			.stream()
			.map(record -> new AuditEvent(record.getSentAt(), AuditEvent.SYSTEM, "Distributed",
					record.getOrganizationCode(), "distributeStrategy", Map.of()))
			.toList();
	}

	@GetMapping("/api/action-plans/{businessKey}/audit")
	ResponseEntity<?> actionPlan(@PathVariable String businessKey, @RequestParam(defaultValue = "json") String format,
			CurrentUser user) {
		return answer(ACTION_PLAN_PROCESS, businessKey, format, user, List.of());
	}

	private ResponseEntity<?> answer(String processKey, String businessKey, String format, CurrentUser user,
			List<AuditEvent> records) {
		if (!access.canReadAuditTrails(user)) {
			throw new ForbiddenException("Only IIR and administrators read audit trails.");
		}
		if (!format.equals("json") && !format.equals("csv")) {
			throw new InvalidInputException("format", "format must be json or csv");
		}
		List<AuditEvent> events = new ArrayList<>(trail.of(processKey, businessKey));
		events.addAll(records);
		events.sort(Comparator.comparing(AuditEvent::at));
		return switch (format) {
			case "csv" -> ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						"attachment; filename=\"" + businessKey.replaceAll("[^A-Za-z0-9-]", "_") + "-audit.csv\"")
				.body(AuditCsv.write(events));
			default -> ResponseEntity.ok(events);
		};
	}

}
