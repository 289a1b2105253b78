package ca.gc.ircc.governance.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A regional (or, later, thematic) strategy maintained by its lead organization. */
@Entity
public class Strategy {

	@Id
	private String code;

	@Column(name = "title_en")
	private String titleEn;

	@Column(name = "title_fr")
	private String titleFr;

	private String region;

	@Enumerated(EnumType.STRING)
	private Cadence cadence;

	@Column(name = "lead_org_code")
	private String leadOrganization;

	protected Strategy() {
	}

	public String getCode() {
		return code;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public String getTitleFr() {
		return titleFr;
	}

	public String getRegion() {
		return region;
	}

	public Cadence getCadence() {
		return cadence;
	}

	public String getLeadOrganization() {
		return leadOrganization;
	}

}
