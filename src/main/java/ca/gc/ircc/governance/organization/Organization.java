package ca.gc.ircc.governance.organization;

import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * A branch, committee, executive office, partner department or mission. Its code is also the id of
 * the Camunda group that tasks are routed to.
 */
@Entity
public class Organization {

	@Id
	private String code;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "name_fr")
	private String nameFr;

	@Enumerated(EnumType.STRING)
	private OrganizationKind kind;

	/** The region a mission belongs to; null when the organization concerns every region. */
	private String region;

	@Column(name = "time_zone")
	private String timeZone;

	private String email;

	protected Organization() {
	}

	public String getCode() {
		return code;
	}

	public String getNameEn() {
		return nameEn;
	}

	public String getNameFr() {
		return nameFr;
	}

	public OrganizationKind getKind() {
		return kind;
	}

	public String getRegion() {
		return region;
	}

	public ZoneId getTimeZone() {
		return ZoneId.of(timeZone);
	}

	public String getEmail() {
		return email;
	}

	public boolean isMission() {
		return kind == OrganizationKind.MISSION;
	}

	/** Whether this organization takes part in the strategies of the given region. */
	public boolean concernsRegion(String strategyRegion) {
		return region == null || region.equals(strategyRegion);
	}

}
