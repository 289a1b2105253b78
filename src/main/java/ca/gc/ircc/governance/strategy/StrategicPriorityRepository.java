package ca.gc.ircc.governance.strategy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StrategicPriorityRepository extends JpaRepository<StrategicPriority, StrategicPriority.Key> {

	List<StrategicPriority> findByStrategyCodeOrderByNumber(String strategyCode);

}
