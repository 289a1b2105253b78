package ca.gc.ircc.governance.strategy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * JPQL rather than derived queries: Hibernate keeps a JPQL query's translation, while it translates a
 * derived (criteria) query anew on every call.
 */
public interface StrategyRepository extends JpaRepository<Strategy, String> {

	@Query("select s from Strategy s order by s.code")
	List<Strategy> findAllByOrderByCode();

}
