package ca.gc.ircc.governance.consultation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultationRoundRepository extends JpaRepository<ConsultationRound, Long> {

	Optional<ConsultationRound> findFirstByBusinessKeyOrderByNumberDesc(String businessKey);

}
