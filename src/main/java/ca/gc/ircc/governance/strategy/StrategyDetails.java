package ca.gc.ircc.governance.strategy;

import java.util.List;

/** One strategy with its Strategic Priorities, as {@code GET /api/strategies/{code}} shows it. */
public record StrategyDetails(StrategySummary strategy, List<PriorityView> priorities) {

	public record PriorityView(int number, String title, String titleFr) {
	}

}
