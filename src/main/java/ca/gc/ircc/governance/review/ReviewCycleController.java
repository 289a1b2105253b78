package ca.gc.ircc.governance.review;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ca.gc.ircc.governance.ForbiddenException;
import ca.gc.ircc.governance.identity.AccessPolicy;
import ca.gc.ircc.governance.identity.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/review-cycles")
class ReviewCycleController {

	private final ReviewCycleEngine engine;

	private final ReviewCycleQueries queries;

	private final AccessPolicy access;

	ReviewCycleController(ReviewCycleEngine engine, ReviewCycleQueries queries, AccessPolicy access) {
		this.engine = engine;
		this.queries = queries;
		this.access = access;
	}

	/**
	 * @param consultees organization codes; omitted or empty: the strategy's distribution list
	 * @param consultationDue ISO-8601 date-time with offset
	 * @param businessKey optional; generated as {@code <STRATEGY>-<year>-R<n>} when omitted
	 */
	record StartRequest(String strategyCode, List<String> consultees, String consultationDue, String draftText,
			String businessKey) {
	}

	@PostMapping
	ResponseEntity<ReviewCycleView> start(@RequestBody StartRequest request, CurrentUser user) {
		if (!access.startsReviewCycles(user)) {
			throw new ForbiddenException("Only IIR starts review cycles.");
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put(ReviewProcess.STRATEGY_CODE, request.strategyCode());
		if (request.consultees() != null) {
			variables.put(ReviewProcess.CONSULTEES, JsonValues.json(request.consultees()));
		}
		variables.put(ReviewProcess.CONSULTATION_DUE, request.consultationDue());
		variables.put(ReviewProcess.DRAFT_TEXT, request.draftText());
		String businessKey = engine.start(request.businessKey(), variables);
		return ResponseEntity.created(URI.create("/api/review-cycles/" + businessKey))
			.body(queries.view(businessKey, user));
	}

	@GetMapping("/{businessKey}")
	ReviewCycleView get(@PathVariable String businessKey, CurrentUser user) {
		return queries.view(businessKey, user);
	}

}
