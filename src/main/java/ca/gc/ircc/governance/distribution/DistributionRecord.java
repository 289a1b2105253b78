package ca.gc.ircc.governance.distribution;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A strategy version in effect was sent to this organization at this moment. */
@Entity
@Table(name = "distribution_record")
public class DistributionRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "business_key")
	private String businessKey;

	@Column(name = "version_id")
	private long versionId;

	@Column(name = "organization_code")
	private String organizationCode;

	@Column(name = "sent_at")
	private Instant sentAt;

	protected DistributionRecord() {
	}

	DistributionRecord(String businessKey, long versionId, String organizationCode, Instant sentAt) {
		this.businessKey = businessKey;
		this.versionId = versionId;
		this.organizationCode = organizationCode;
		this.sentAt = sentAt;
	}

	public String getBusinessKey() {
		return businessKey;
	}

	public long getVersionId() {
		return versionId;
	}

	public String getOrganizationCode() {
		return organizationCode;
	}

	public Instant getSentAt() {
		return sentAt;
	}

}
