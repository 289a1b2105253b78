package ca.gc.ircc.governance.consultation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * JPQL rather than derived queries: Hibernate keeps a JPQL query's translation, while it translates a
 * derived (criteria) query anew on every call.
 */
interface ConsultationResponseRepository extends JpaRepository<ConsultationResponse, Long> {

	@Query("select r from ConsultationResponse r where r.roundId = :roundId order by r.consultee")
	List<ConsultationResponse> findByRoundIdOrderByConsultee(@Param("roundId") long roundId);

	@Query("select r from ConsultationResponse r where r.roundId = :roundId and r.consultee = :consultee")
	Optional<ConsultationResponse> findByRoundIdAndConsultee(@Param("roundId") long roundId,
			@Param("consultee") String consultee);

}
