package ca.gc.ircc.governance.memo;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One draft of the memorandum to the Deputy Minister, with the SADM's and the DM's answers. */
@Entity
@Table(name = "dm_memo")
public class DmMemo {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "business_key")
	private String businessKey;

	@Column(name = "version_id")
	private long versionId;

	@Enumerated(EnumType.STRING)
	private MemoPurpose purpose;

	private String summary;

	private String background;

	@Column(name = "current_status")
	private String currentStatus;

	@Column(name = "next_steps")
	private String nextSteps;

	@Column(name = "drafted_by")
	private String draftedBy;

	@Column(name = "drafted_at")
	private Instant draftedAt;

	@Column(name = "sadm_approved")
	private Boolean sadmApproved;

	@Column(name = "sadm_comments")
	private String sadmComments;

	@Column(name = "sadm_decided_at")
	private Instant sadmDecidedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "dm_decision")
	private DmDecision dmDecision;

	@Column(name = "dm_decided_at")
	private Instant dmDecidedAt;

	protected DmMemo() {
	}

	DmMemo(String businessKey, long versionId, MemoPurpose purpose, MemoText text, String draftedBy, Instant draftedAt) {
		this.businessKey = businessKey;
		this.versionId = versionId;
		this.purpose = purpose;
		this.summary = text.summary();
		this.background = text.background();
		this.currentStatus = text.currentStatus();
		this.nextSteps = text.nextSteps();
		this.draftedBy = draftedBy;
		this.draftedAt = draftedAt;
	}

	public MemoPurpose getPurpose() {
		return purpose;
	}

	public MemoText getText() {
		return new MemoText(summary, background, currentStatus, nextSteps);
	}

	public Boolean getSadmApproved() {
		return sadmApproved;
	}

	public String getSadmComments() {
		return sadmComments;
	}

	public DmDecision getDmDecision() {
		return dmDecision;
	}

	public long getVersionId() {
		return versionId;
	}

	void sadmDecided(boolean approved, String comments, Instant at) {
		this.sadmApproved = approved;
		this.sadmComments = comments;
		this.sadmDecidedAt = at;
	}

	void dmDecided(DmDecision decision, Instant at) {
		this.dmDecision = decision;
		this.dmDecidedAt = at;
	}

}
