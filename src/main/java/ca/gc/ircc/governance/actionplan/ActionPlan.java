package ca.gc.ircc.governance.actionplan;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The action plan of one strategy version in effect, keyed by the process's business key. */
@Entity
@Table(name = "action_plan")
public class ActionPlan {

	public enum Status {
		OPEN, CLOSED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "business_key")
	private String businessKey;

	@Column(name = "strategy_code")
	private String strategyCode;

	@Column(name = "reporting_period")
	private String reportingPeriod;

	private String contributors;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(name = "started_at")
	private Instant startedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	protected ActionPlan() {
	}

	ActionPlan(String businessKey, String strategyCode, String reportingPeriod, List<String> contributors,
			Instant startedAt) {
		this.businessKey = businessKey;
		this.strategyCode = strategyCode;
		this.reportingPeriod = reportingPeriod;
		this.contributors = String.join(",", contributors);
		this.status = Status.OPEN;
		this.startedAt = startedAt;
	}

	public Long getId() {
		return id;
	}

	public String getBusinessKey() {
		return businessKey;
	}

	public String getStrategyCode() {
		return strategyCode;
	}

	public String getReportingPeriod() {
		return reportingPeriod;
	}

	public List<String> getContributors() {
		return contributors.isEmpty() ? List.of() : Arrays.asList(contributors.split(","));
	}

	public Status getStatus() {
		return status;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	void close(Instant at) {
		if (status == Status.OPEN) {
			status = Status.CLOSED;
			closedAt = at;
		}
	}

}
