package ca.gc.ircc.governance.actionplan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

	Optional<ActionPlan> findByBusinessKey(String businessKey);

}
