package ca.gc.ircc.governance.strategy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportingPeriodTest {

	@Test
	void monthsFollowTheFiscalYear() {
		ReportingPeriod quarter = ReportingPeriod.of("P3M");
		assertThat(quarter.isFiscal()).isTrue();
		assertThat(quarter.months()).isEqualTo(3);
		assertThat(ReportingPeriod.of("P1Y").months()).isEqualTo(12);
	}

	@Test
	void daysHoursAndSecondsRunBackToBack() {
		assertThat(ReportingPeriod.of("PT30S").isFiscal()).isFalse();
		assertThat(ReportingPeriod.of("PT30S").duration()).isEqualTo(Duration.ofSeconds(30));
		assertThat(ReportingPeriod.of("P10D").duration()).isEqualTo(Duration.ofDays(10));
	}

	@Test
	void refusesPeriodsThatDoNotDivideTheFiscalYear() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.of("P5M")).withMessageContaining("P5M");
	}

	@Test
	void refusesEmptyMixedAndMalformedPeriods() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.of("PT0S"));
		assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.of("P1M2D"));
		assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.of("quarterly"));
	}

	@Test
	void cadencesHaveTheSeedsPeriods() {
		assertThat(Cadence.QUARTERLY.defaultPeriod()).isEqualTo(ReportingPeriod.of("P3M"));
		assertThat(Cadence.SEMI_ANNUAL.defaultPeriod()).isEqualTo(ReportingPeriod.of("P6M"));
	}

}
