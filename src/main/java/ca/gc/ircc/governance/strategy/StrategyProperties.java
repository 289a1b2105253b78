package ca.gc.ircc.governance.strategy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param rereadAfter how long {@link StrategyNames} keeps the strategies' names it read before
 * reading them again: a title changed in the database reaches the mails and the new consultation
 * tasks of each node within this time
 */
@ConfigurationProperties("governance.strategies")
record StrategyProperties(@DefaultValue("PT1M") Duration rereadAfter) {

	StrategyProperties {
		if (rereadAfter.isNegative()) {
			throw new IllegalArgumentException("governance.strategies.reread-after may not be negative");
		}
	}

}
