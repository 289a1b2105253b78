package ca.gc.ircc.governance.strategy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StrategyRepository extends JpaRepository<Strategy, String> {

	List<Strategy> findAllByOrderByCode();

}
