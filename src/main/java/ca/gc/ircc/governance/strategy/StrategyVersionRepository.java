package ca.gc.ircc.governance.strategy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * JPQL rather than derived queries: Hibernate keeps a JPQL query's translation, while it translates a
 * derived (criteria) query anew on every call.
 */
public interface StrategyVersionRepository extends JpaRepository<StrategyVersion, Long> {

	/** Every version, newest first within each strategy (versions are few: a handful per year). */
	@Query("select v from StrategyVersion v order by v.strategyCode asc, v.createdAt desc, v.id desc")
	List<StrategyVersion> findAllByOrderByStrategyCodeAscCreatedAtDescIdDesc();

	@Query("select v from StrategyVersion v where v.strategyCode = :strategyCode and v.status in :statuses")
	List<StrategyVersion> findByStrategyCodeAndStatusIn(@Param("strategyCode") String strategyCode,
			@Param("statuses") Collection<StrategyVersionStatus> statuses);

	@Query("select v from StrategyVersion v where v.reviewBusinessKey = :reviewBusinessKey")
	Optional<StrategyVersion> findByReviewBusinessKey(@Param("reviewBusinessKey") String reviewBusinessKey);

	@Query("select count(v) from StrategyVersion v where v.reviewBusinessKey = :reviewBusinessKey")
	long countByReviewBusinessKey(@Param("reviewBusinessKey") String reviewBusinessKey);

}
