package ca.gc.ircc.governance.endorsement;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * JPQL rather than derived queries: Hibernate keeps a JPQL query's translation, while it translates a
 * derived (criteria) query anew on every call.
 */
interface ImcDecisionRepository extends JpaRepository<ImcDecision, Long> {

	@Query("select d from ImcDecision d where d.businessKey = :businessKey order by d.id desc limit 1")
	Optional<ImcDecision> findFirstByBusinessKeyOrderByIdDesc(@Param("businessKey") String businessKey);

}
