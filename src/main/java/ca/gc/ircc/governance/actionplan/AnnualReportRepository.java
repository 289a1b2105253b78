package ca.gc.ircc.governance.actionplan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * JPQL rather than derived queries: Hibernate keeps a JPQL query's translation, while it translates a
 * derived (criteria) query anew on every call.
 */
interface AnnualReportRepository extends JpaRepository<AnnualReport, Long> {

	@Query("select r from AnnualReport r where r.actionPlanId = :actionPlanId and r.reportYear = :reportYear")
	Optional<AnnualReport> findByActionPlanIdAndReportYear(@Param("actionPlanId") Long actionPlanId,
			@Param("reportYear") String reportYear);

	@Query("select r from AnnualReport r where r.actionPlanId = :actionPlanId order by r.reportYear")
	List<AnnualReport> findByActionPlanIdOrderByReportYear(@Param("actionPlanId") Long actionPlanId);

}
