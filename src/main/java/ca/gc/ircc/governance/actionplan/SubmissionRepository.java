package ca.gc.ircc.governance.actionplan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

	List<Submission> findByPeriodIdInOrderByContributor(Collection<Long> periodIds);

	Optional<Submission> findByPeriodIdAndContributor(Long periodId, String contributor);

}
