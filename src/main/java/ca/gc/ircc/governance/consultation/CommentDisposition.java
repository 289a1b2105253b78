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

/** IIR's disposition of one commented response, with its rationale. */
@Entity
@Table(name = "comment_disposition")
public class CommentDisposition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "response_id")
	private long responseId;

	@Enumerated(EnumType.STRING)
	private Disposition disposition;

	private String rationale;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected CommentDisposition() {
	}

	CommentDisposition(long responseId, Disposition disposition, String rationale, String recordedBy, Instant recordedAt) {
		this.responseId = responseId;
		this.disposition = disposition;
		this.rationale = rationale;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public long getResponseId() {
		return responseId;
	}

	public Disposition getDisposition() {
		return disposition;
	}

	public String getRationale() {
		return rationale;
	}

}
