package ca.gc.ircc.governance.actionplan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The compiled summary of one period (JSON), as mailed to IIR. */
@Entity
@Table(name = "action_plan_period_summary")
public class PeriodSummary {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "period_id")
	private Long periodId;

	@Column(name = "compiled_at")
	private Instant compiledAt;

	private String content;

	protected PeriodSummary() {
	}

	PeriodSummary(Long periodId, Instant compiledAt, String content) {
		this.periodId = periodId;
		this.compiledAt = compiledAt;
		this.content = content;
	}

	public Long getPeriodId() {
		return periodId;
	}

	public Instant getCompiledAt() {
		return compiledAt;
	}

	public String getContent() {
		return content;
	}

}
