package ca.gc.ircc.governance.review;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewCycleRepository extends JpaRepository<ReviewCycle, String> {

	Optional<ReviewCycle> findFirstByStrategyCodeAndEndStateIsNull(String strategyCode);

	@Query("select coalesce(max(c.number), 0) from ReviewCycle c where c.strategyCode = ?1 and c.year = ?2")
	int highestNumber(String strategyCode, int year);

}
