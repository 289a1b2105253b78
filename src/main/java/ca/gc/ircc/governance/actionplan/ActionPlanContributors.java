package ca.gc.ircc.governance.actionplan;

import java.util.List;

import org.springframework.stereotype.Component;

/** The collection the per-contributor multi-instance runs over: the plan's recorded contributors. */
@Component("actionPlanContributors")
public class ActionPlanContributors {

	private final ActionPlanRecords records;

	ActionPlanContributors(ActionPlanRecords records) {
		this.records = records;
	}

	public List<String> of(String businessKey) {
		return records.require(businessKey).getContributors();
	}

}
