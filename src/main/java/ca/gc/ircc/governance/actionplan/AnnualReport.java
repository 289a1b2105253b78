package ca.gc.ircc.governance.actionplan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The annual report of an action plan for one report year (JSON), as mailed to IIR. */
@Entity
@Table(name = "action_plan_annual_report")
public class AnnualReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "action_plan_id")
	private Long actionPlanId;

	@Column(name = "report_year")
	private String reportYear;

	@Column(name = "compiled_at")
	private Instant compiledAt;

	private String content;

	protected AnnualReport() {
	}

	AnnualReport(Long actionPlanId, String reportYear, Instant compiledAt, String content) {
		this.actionPlanId = actionPlanId;
		this.reportYear = reportYear;
		this.compiledAt = compiledAt;
		this.content = content;
	}

	public Long getActionPlanId() {
		return actionPlanId;
	}

	public String getReportYear() {
		return reportYear;
	}

	public Instant getCompiledAt() {
		return compiledAt;
	}

	public String getContent() {
		return content;
	}

}
