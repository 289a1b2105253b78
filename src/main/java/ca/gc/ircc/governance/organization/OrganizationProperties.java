package ca.gc.ircc.governance.organization;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param rereadAfter how long {@link OrganizationDirectory} keeps the organizations it read before
 * reading them again: a change made in the database (a new mission, an e-mail address) reaches the
 * mails of each node within this time
 */
@ConfigurationProperties("governance.organizations")
record OrganizationProperties(@DefaultValue("PT1M") Duration rereadAfter) {

	OrganizationProperties {
		if (rereadAfter.isNegative()) {
			throw new IllegalArgumentException("governance.organizations.reread-after may not be negative");
		}
	}

}
