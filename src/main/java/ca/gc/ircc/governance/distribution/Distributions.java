package ca.gc.ircc.governance.distribution;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ca.gc.ircc.governance.notification.Notification;
import ca.gc.ircc.governance.notification.NotificationKind;
import ca.gc.ircc.governance.notification.Notifications;
import ca.gc.ircc.governance.strategy.Strategy;
import ca.gc.ircc.governance.strategy.StrategyRepository;
import ca.gc.ircc.governance.strategy.StrategyVersion;
import ca.gc.ircc.governance.strategy.StrategyVersionRepository;
import ca.gc.ircc.governance.strategy.StrategyVersionStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts an approved strategy version in effect and sends it to everyone on the distribution list. */
@Service
@Transactional
public class Distributions {

	private static final ZoneId HEADQUARTERS = ZoneId.of("America/Toronto");

	private final StrategyRepository strategies;

	private final StrategyVersionRepository versions;

	private final DistributionLists lists;

	private final DistributionRecordRepository records;

	private final Notifications notifications;

	Distributions(StrategyRepository strategies, StrategyVersionRepository versions, DistributionLists lists,
			DistributionRecordRepository records, Notifications notifications) {
		this.strategies = strategies;
		this.versions = versions;
		this.lists = lists;
		this.records = records;
		this.notifications = notifications;
	}

	/** @return the organizations the version was sent to */
	public List<String> distribute(String businessKey, long versionId) {
		StrategyVersion version = versions.findById(versionId).orElseThrow();
		Strategy strategy = strategies.findById(version.getStrategyCode()).orElseThrow();
		LocalDate today = LocalDate.now(HEADQUARTERS);
		for (StrategyVersion previous : versions.findByStrategyCodeAndStatusIn(strategy.getCode(),
				List.of(StrategyVersionStatus.IN_EFFECT))) {
			previous.supersede(today);
		}
		version.putInEffect(today);
		Instant now = Instant.now();
		List<String> sentTo = new ArrayList<>();
		for (String organization : lists.distributionList(strategy)) {
			notifications.send(new Notification(NotificationKind.DISTRIBUTION,
					businessKey + ":distribution:" + organization, organization, strategy.getCode(), businessKey, null,
					null, null, null, Map.of("title", strategy.getTitleEn(), "titleFr", strategy.getTitleFr(),
							"version", version.getLabel(), "text", nullToEmpty(version.getDraftText()))));
			records.save(new DistributionRecord(businessKey, versionId, organization, now));
			sentTo.add(organization);
		}
		return sentTo;
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}
