package ca.gc.ircc.governance.actionplan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** IIR's decision on one submitted update: accepted, or returned with a reason. */
@Entity
@Table(name = "action_plan_review")
public class ReviewDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "submission_id")
	private Long submissionId;

	private boolean accepted;

	private String reason;

	@Column(name = "reviewed_by")
	private String reviewedBy;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	protected ReviewDecision() {
	}

	ReviewDecision(Long submissionId, boolean accepted, String reason, String reviewedBy, Instant reviewedAt) {
		this.submissionId = submissionId;
		this.accepted = accepted;
		this.reason = reason;
		this.reviewedBy = reviewedBy;
		this.reviewedAt = reviewedAt;
	}

	public Long getSubmissionId() {
		return submissionId;
	}

	public boolean isAccepted() {
		return accepted;
	}

	public String getReason() {
		return reason;
	}

	public String getReviewedBy() {
		return reviewedBy;
	}

	public Instant getReviewedAt() {
		return reviewedAt;
	}

}
