package ca.gc.ircc.governance.consultation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultationResponseRepository extends JpaRepository<ConsultationResponse, Long> {

	List<ConsultationResponse> findByRoundIdOrderByConsultee(long roundId);

	Optional<ConsultationResponse> findByRoundIdAndConsultee(long roundId, String consultee);

}
