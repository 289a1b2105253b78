package ca.gc.ircc.governance.actionplan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * JPQL rather than derived queries: Hibernate keeps a JPQL query's translation, while it translates a
 * derived (criteria) query anew on every call.
 */
interface ReviewDecisionRepository extends JpaRepository<ReviewDecision, Long> {

	@Query("select d from ReviewDecision d where d.submissionId = :submissionId order by d.reviewedAt desc, d.id desc")
	List<ReviewDecision> findBySubmissionIdOrderByReviewedAtDescIdDesc(@Param("submissionId") Long submissionId);

}
