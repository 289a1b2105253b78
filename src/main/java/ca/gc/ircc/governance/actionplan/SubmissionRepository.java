package ca.gc.ircc.governance.actionplan;

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
interface SubmissionRepository extends JpaRepository<Submission, Long> {

	@Query("select s from Submission s where s.periodId in :periodIds order by s.contributor")
	List<Submission> findByPeriodIdInOrderByContributor(@Param("periodIds") Collection<Long> periodIds);

	@Query("select s from Submission s where s.periodId = :periodId and s.contributor = :contributor")
	Optional<Submission> findByPeriodIdAndContributor(@Param("periodId") Long periodId,
			@Param("contributor") String contributor);

}
