package ca.gc.ircc.governance.actionplan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeriodSummaryRepository extends JpaRepository<PeriodSummary, Long> {

	Optional<PeriodSummary> findByPeriodId(Long periodId);

}
