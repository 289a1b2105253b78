package ca.gc.ircc.governance.actionplan;

import java.net.URI;
import java.util.List;

import ca.gc.ircc.governance.ConflictException;
import ca.gc.ircc.governance.ForbiddenException;
import ca.gc.ircc.governance.InvalidInputException;
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
@RequestMapping("/api/action-plans")
class ActionPlanController {

	private final ActionPlanRecords records;

	private final ActionPlans actionPlans;

	private final ActionPlanViews views;

	private final ActionPlanStarts starts;

	private final AccessPolicy access;

	ActionPlanController(ActionPlanRecords records, ActionPlans actionPlans, ActionPlanViews views,
			ActionPlanStarts starts, AccessPolicy access) {
		this.starts = starts;
		this.records = records;
		this.actionPlans = actionPlans;
		this.views = views;
		this.access = access;
	}

	/**
	 * @param strategyCode the strategy in effect
	 * @param reviewBusinessKey the review cycle that put it in effect; the plan's key is this plus -AP
	 * @param contributors null for the branches and the region's missions
	 */
	record StartRequest(String strategyCode, String reviewBusinessKey, List<String> contributors) {
	}

	@PostMapping
	ResponseEntity<ActionPlanView> start(@RequestBody StartRequest request, CurrentUser user) {
		if (!access.canStartActionPlan(user)) {
			throw new ForbiddenException("Only IIR starts action plans.");
		}
		starts.check(request.strategyCode(), request.contributors());
		if (request.reviewBusinessKey() == null || request.reviewBusinessKey().isBlank()) {
			throw new InvalidInputException("reviewBusinessKey",
					"reviewBusinessKey is required: the review cycle that put the strategy in effect, e.g. ASIA-2026-R1");
		}
		String businessKey = request.reviewBusinessKey() + ActionPlanProcess.BUSINESS_KEY_SUFFIX;
		if (records.find(businessKey).isPresent()) {
			throw new ConflictException("Action plan " + businessKey + " exists already.");
		}
		actionPlans.startFor(request.strategyCode(), request.reviewBusinessKey(), request.contributors());
		return ResponseEntity.created(URI.create("/api/action-plans/" + businessKey)).body(views.view(businessKey, user));
	}

	@GetMapping("/{businessKey}")
	ActionPlanView get(@PathVariable String businessKey, CurrentUser user) {
		return views.view(businessKey, user);
	}

}
