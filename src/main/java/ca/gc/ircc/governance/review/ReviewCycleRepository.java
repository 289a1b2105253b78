package ca.gc.ircc.governance.review;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * JPQL rather than derived queries: Hibernate keeps a JPQL query's translation, while it translates a
 * derived (criteria) query anew on every call.
 */
interface ReviewCycleRepository extends JpaRepository<ReviewCycle, String> {

	// HQL takes a limit only after an order; the derived query had none, so any running cycle would do
	@Query("select c from ReviewCycle c where c.strategyCode = :strategyCode and c.endState is null "
			+ "order by c.businessKey limit 1")
	Optional<ReviewCycle> findFirstByStrategyCodeAndEndStateIsNull(@Param("strategyCode") String strategyCode);

	@Query("select coalesce(max(c.number), 0) from ReviewCycle c where c.strategyCode = ?1 and c.year = ?2")
	int highestNumber(String strategyCode, int year);

}
