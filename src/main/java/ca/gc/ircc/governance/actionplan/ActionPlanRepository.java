package ca.gc.ircc.governance.actionplan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * JPQL rather than derived queries: Hibernate keeps a JPQL query's translation, while it translates a
 * derived (criteria) query anew on every call.
 */
interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

	@Query("select p from ActionPlan p where p.businessKey = :businessKey")
	Optional<ActionPlan> findByBusinessKey(@Param("businessKey") String businessKey);

}
