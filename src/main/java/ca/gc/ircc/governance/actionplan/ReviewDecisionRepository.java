package ca.gc.ircc.governance.actionplan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewDecisionRepository extends JpaRepository<ReviewDecision, Long> {

	List<ReviewDecision> findBySubmissionIdOrderByReviewedAtDescIdDesc(Long submissionId);

}
