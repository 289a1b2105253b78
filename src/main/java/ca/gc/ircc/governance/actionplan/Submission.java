package ca.gc.ircc.governance.actionplan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One contributor's update for one period, with the activities it reported. */
@Entity
@Table(name = "action_plan_submission")
public class Submission {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "period_id")
	private Long periodId;

	private String contributor;

	@Enumerated(EnumType.STRING)
	private SubmissionStatus status;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "submitted_by")
	private String submittedBy;

	private boolean late;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "submission_id", nullable = false)
	@OrderBy("position")
	private List<Activity> activities = new ArrayList<>();

	protected Submission() {
	}

	Submission(Long periodId, String contributor) {
		this.periodId = periodId;
		this.contributor = contributor;
		this.status = SubmissionStatus.PENDING;
	}

	public Long getId() {
		return id;
	}

	public Long getPeriodId() {
		return periodId;
	}

	public String getContributor() {
		return contributor;
	}

	public SubmissionStatus getStatus() {
		return status;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	/** Whether the update came in after its due date. */
	public boolean isLate() {
		return late;
	}

	public List<Activity> getActivities() {
		return List.copyOf(activities);
	}

	void submit(List<Activity> reported, String userId, Instant at, Instant due) {
		activities.clear();
		activities.addAll(reported);
		status = SubmissionStatus.SUBMITTED;
		submittedAt = at;
		submittedBy = userId;
		late = at.isAfter(due);
	}

	void accept() {
		status = SubmissionStatus.ACCEPTED;
	}

	void returnToContributor() {
		status = SubmissionStatus.RETURNED;
	}

	/** @return whether the submission just became overdue */
	boolean markOverdueIfAwaited() {
		if (status == SubmissionStatus.PENDING || status == SubmissionStatus.RETURNED) {
			status = SubmissionStatus.OVERDUE;
			return true;
		}
		return false;
	}

}
