package ca.gc.ircc.governance.strategy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StrategyVersionRepository extends JpaRepository<StrategyVersion, Long> {

	/** Every version, newest first within each strategy (versions are few: a handful per year). */
	List<StrategyVersion> findAllByOrderByStrategyCodeAscCreatedAtDescIdDesc();

	List<StrategyVersion> findByStrategyCodeAndStatusIn(String strategyCode, Collection<StrategyVersionStatus> statuses);

	Optional<StrategyVersion> findByReviewBusinessKey(String reviewBusinessKey);

	long countByReviewBusinessKey(String reviewBusinessKey);

}
