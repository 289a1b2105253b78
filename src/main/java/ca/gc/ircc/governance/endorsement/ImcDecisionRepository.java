package ca.gc.ircc.governance.endorsement;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImcDecisionRepository extends JpaRepository<ImcDecision, Long> {

	Optional<ImcDecision> findFirstByBusinessKeyOrderByIdDesc(String businessKey);

}
