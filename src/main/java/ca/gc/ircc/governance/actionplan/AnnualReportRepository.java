package ca.gc.ircc.governance.actionplan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualReportRepository extends JpaRepository<AnnualReport, Long> {

	Optional<AnnualReport> findByActionPlanIdAndReportYear(Long actionPlanId, String reportYear);

	List<AnnualReport> findByActionPlanIdOrderByReportYear(Long actionPlanId);

}
