package ca.gc.ircc.governance.endorsement;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The IMC's decision on one draft version, taken at a meeting, with its conditions. */
@Entity
@Table(name = "imc_decision")
public class ImcDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "business_key")
	private String businessKey;

	@Column(name = "version_id")
	private long versionId;

	@Enumerated(EnumType.STRING)
	private ImcDecisionValue decision;

	@Column(name = "meeting_date")
	private LocalDate meetingDate;

	private String conditions;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	protected ImcDecision() {
	}

	ImcDecision(String businessKey, long versionId, ImcDecisionValue decision, LocalDate meetingDate, String conditions,
			String decidedBy, Instant decidedAt) {
		this.businessKey = businessKey;
		this.versionId = versionId;
		this.decision = decision;
		this.meetingDate = meetingDate;
		this.conditions = conditions;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	public ImcDecisionValue getDecision() {
		return decision;
	}

	public LocalDate getMeetingDate() {
		return meetingDate;
	}

	public String getConditions() {
		return conditions;
	}

	public long getVersionId() {
		return versionId;
	}

}
