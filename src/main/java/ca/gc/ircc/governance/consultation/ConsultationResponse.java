package ca.gc.ircc.governance.consultation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A consultee's answer in one round; pending (no position) until it answers or the deadline passes. */
@Entity
@Table(name = "consultation_response")
public class ConsultationResponse {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "round_id")
	private long roundId;

	private String consultee;

	@Enumerated(EnumType.STRING)
	private Position position;

	private String comments;

	@Column(name = "responded_by")
	private String respondedBy;

	@Column(name = "responded_at")
	private Instant respondedAt;

	protected ConsultationResponse() {
	}

	ConsultationResponse(long roundId, String consultee) {
		this.roundId = roundId;
		this.consultee = consultee;
	}

	public Long getId() {
		return id;
	}

	public long getRoundId() {
		return roundId;
	}

	public String getConsultee() {
		return consultee;
	}

	public Position getPosition() {
		return position;
	}

	public String getComments() {
		return comments;
	}

	public String getRespondedBy() {
		return respondedBy;
	}

	public Instant getRespondedAt() {
		return respondedAt;
	}

	public boolean isPending() {
		return position == null;
	}

	public boolean hasComments() {
		return comments != null && !comments.isBlank();
	}

	void answer(Position position, String comments, String by, Instant at) {
		this.position = position;
		this.comments = comments;
		this.respondedBy = by;
		this.respondedAt = at;
	}

	void recordNoResponse() {
		this.position = Position.NO_RESPONSE;
	}

}
