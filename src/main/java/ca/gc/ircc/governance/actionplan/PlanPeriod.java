package ca.gc.ircc.governance.actionplan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One reporting period of an action plan: contributors report on it until its due date. */
@Entity
@Table(name = "action_plan_period")
public class PlanPeriod {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "action_plan_id")
	private Long actionPlanId;

	private int number;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	@Column(name = "due_at")
	private Instant dueAt;

	@Column(name = "report_year")
	private String reportYear;

	@Column(name = "closes_report_year")
	private boolean closesReportYear;

	protected PlanPeriod() {
	}

	PlanPeriod(Long actionPlanId, int number, PeriodBounds bounds, Instant dueAt) {
		this.actionPlanId = actionPlanId;
		this.number = number;
		this.startsAt = bounds.start();
		this.endsAt = bounds.end();
		this.dueAt = dueAt;
		this.reportYear = bounds.reportYear();
		this.closesReportYear = bounds.closesReportYear();
	}

	public Long getId() {
		return id;
	}

	public Long getActionPlanId() {
		return actionPlanId;
	}

	public int getNumber() {
		return number;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	/** The end of the period, exclusive: the next period starts at this instant. */
	public Instant getEndsAt() {
		return endsAt;
	}

	public Instant getDueAt() {
		return dueAt;
	}

	public String getReportYear() {
		return reportYear;
	}

	public boolean isClosesReportYear() {
		return closesReportYear;
	}

}
