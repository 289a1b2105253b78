package ca.gc.ircc.governance.consultation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * JPQL rather than derived queries: Hibernate keeps a JPQL query's translation, while it translates a
 * derived (criteria) query anew on every call.
 */
interface CommentDispositionRepository extends JpaRepository<CommentDisposition, Long> {

	@Query("select d from CommentDisposition d where d.responseId in :responseIds")
	List<CommentDisposition> findByResponseIdIn(@Param("responseIds") Collection<Long> responseIds);

}
