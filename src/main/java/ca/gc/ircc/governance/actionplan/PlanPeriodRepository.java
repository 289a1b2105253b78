package ca.gc.ircc.governance.actionplan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanPeriodRepository extends JpaRepository<PlanPeriod, Long> {

	List<PlanPeriod> findByActionPlanIdOrderByNumber(Long actionPlanId);

	Optional<PlanPeriod> findByActionPlanIdAndNumber(Long actionPlanId, int number);

}
