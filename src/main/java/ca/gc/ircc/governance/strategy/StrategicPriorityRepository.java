package ca.gc.ircc.governance.strategy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * JPQL rather than derived queries: Hibernate keeps a JPQL query's translation, while it translates a
 * derived (criteria) query anew on every call.
 */
public interface StrategicPriorityRepository extends JpaRepository<StrategicPriority, StrategicPriority.Key> {

	@Query("select p from StrategicPriority p where p.strategyCode = :strategyCode order by p.number")
	List<StrategicPriority> findByStrategyCodeOrderByNumber(@Param("strategyCode") String strategyCode);

}
