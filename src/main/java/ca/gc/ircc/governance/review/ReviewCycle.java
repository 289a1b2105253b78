package ca.gc.ircc.governance.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One review cycle of one strategy, from drafting to its end state. */
@Entity
@Table(name = "review_cycle")
public class ReviewCycle {

	@Id
	@Column(name = "business_key")
	private String businessKey;

	@Column(name = "strategy_code")
	private String strategyCode;

	@Column(name = "cycle_year")
	private int year;

	@Column(name = "cycle_number")
	private int number;

	@Column(name = "started_by")
	private String startedBy;

	@Column(name = "started_at")
	private Instant startedAt;

	/** The end event reached; null while the cycle runs. */
	@Column(name = "end_state")
	private String endState;

	@Column(name = "ended_at")
	private Instant endedAt;

	protected ReviewCycle() {
	}

	ReviewCycle(String businessKey, String strategyCode, int year, int number, String startedBy, Instant startedAt) {
		this.businessKey = businessKey;
		this.strategyCode = strategyCode;
		this.year = year;
		this.number = number;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
	}

	public String getBusinessKey() {
		return businessKey;
	}

	public String getStrategyCode() {
		return strategyCode;
	}

	public int getYear() {
		return year;
	}

	public int getNumber() {
		return number;
	}

	public String getStartedBy() {
		return startedBy;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public String getEndState() {
		return endState;
	}

	public Instant getEndedAt() {
		return endedAt;
	}

	public boolean isRunning() {
		return endState == null;
	}

	void end(String state, Instant at) {
		this.endState = state;
		this.endedAt = at;
	}

}
