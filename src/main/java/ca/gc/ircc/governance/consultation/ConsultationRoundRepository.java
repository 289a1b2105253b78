package ca.gc.ircc.governance.consultation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * JPQL rather than derived queries: Hibernate keeps a JPQL query's translation, while it translates a
 * derived (criteria) query anew on every call.
 */
interface ConsultationRoundRepository extends JpaRepository<ConsultationRound, Long> {

	@Query("select r from ConsultationRound r where r.businessKey = :businessKey order by r.number desc limit 1")
	Optional<ConsultationRound> findFirstByBusinessKeyOrderByNumberDesc(@Param("businessKey") String businessKey);

}
