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
interface PlanPeriodRepository extends JpaRepository<PlanPeriod, Long> {

	@Query("select p from PlanPeriod p where p.actionPlanId = :actionPlanId order by p.number")
	List<PlanPeriod> findByActionPlanIdOrderByNumber(@Param("actionPlanId") Long actionPlanId);

	@Query("select p from PlanPeriod p where p.actionPlanId = :actionPlanId and p.number = :number")
	Optional<PlanPeriod> findByActionPlanIdAndNumber(@Param("actionPlanId") Long actionPlanId,
			@Param("number") int number);

}
