package ca.gc.ircc.governance.strategy;

import java.time.LocalDate;

/** A strategy as {@code GET /api/strategies} shows it. */
public record StrategySummary(String code, String title, String titleFr, String region, Cadence cadence,
		String reportingPeriod, String leadOrganization, VersionView currentVersion, VersionView versionInEffect) {

	public record VersionView(String label, StrategyVersionStatus status, String reviewBusinessKey,
			LocalDate imcEndorsedOn, LocalDate inEffectSince) {

		static VersionView of(StrategyVersion version) {
			if (version == null) {
				return null;
			}
			return new VersionView(version.getLabel(), version.getStatus(), version.getReviewBusinessKey(),
					version.getImcEndorsedOn(), version.getInEffectSince());
		}

	}

}
