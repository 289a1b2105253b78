package ca.gc.ircc.governance.consultation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommentDispositionRepository extends JpaRepository<CommentDisposition, Long> {

	List<CommentDisposition> findByResponseIdIn(Collection<Long> responseIds);

}
