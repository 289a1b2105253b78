package ca.gc.ircc.governance.actionplan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * JPQL rather than derived queries: Hibernate keeps a JPQL query's translation, while it translates a
 * derived (criteria) query anew on every call.
 */
interface PeriodSummaryRepository extends JpaRepository<PeriodSummary, Long> {

	@Query("select s from PeriodSummary s where s.periodId = :periodId")
	Optional<PeriodSummary> findByPeriodId(@Param("periodId") Long periodId);

}
