package ca.gc.ircc.governance.consultation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One consultation of the consultees on one draft version, with its deadline. */
@Entity
@Table(name = "consultation_round")
public class ConsultationRound {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "business_key")
	private String businessKey;

	@Column(name = "round_number")
	private int number;

	@Column(name = "version_id")
	private long versionId;

	private Instant due;

	@Column(name = "opened_at")
	private Instant openedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	protected ConsultationRound() {
	}

	ConsultationRound(String businessKey, int number, long versionId, Instant due) {
		this.businessKey = businessKey;
		this.number = number;
		this.versionId = versionId;
		this.due = due;
	}

	public Long getId() {
		return id;
	}

	public String getBusinessKey() {
		return businessKey;
	}

	public int getNumber() {
		return number;
	}

	public long getVersionId() {
		return versionId;
	}

	public Instant getDue() {
		return due;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	boolean isOpened() {
		return openedAt != null;
	}

	void open(Instant due, Instant at) {
		this.due = due;
		this.openedAt = at;
	}

	void close(Instant at) {
		this.closedAt = at;
	}

}
