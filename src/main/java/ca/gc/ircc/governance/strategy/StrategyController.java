package ca.gc.ircc.governance.strategy;

import java.util.List;

import ca.gc.ircc.governance.NotFoundException;
import ca.gc.ircc.governance.identity.AccessPolicy;
import ca.gc.ircc.governance.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/strategies")
class StrategyController {

	private final StrategyCatalog catalog;

	private final AccessPolicy access;

	StrategyController(StrategyCatalog catalog, AccessPolicy access) {
		this.catalog = catalog;
		this.access = access;
	}

	@GetMapping
	List<StrategySummary> list(CurrentUser user) {
		return catalog.summarize(catalog.all().stream().filter(s -> access.canSeeStrategy(user, s)).toList());
	}

	@GetMapping("/{code}")
	StrategyDetails get(@PathVariable String code, CurrentUser user) {
		Strategy strategy = catalog.require(code);
		if (!access.canSeeStrategy(user, strategy)) {
			throw new NotFoundException("No strategy with code " + code);
		}
		return catalog.details(strategy);
	}

}
