package ca.gc.ircc.governance.memo;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * JPQL rather than derived queries: Hibernate keeps a JPQL query's translation, while it translates a
 * derived (criteria) query anew on every call.
 */
interface DmMemoRepository extends JpaRepository<DmMemo, Long> {

	@Query("select m from DmMemo m where m.businessKey = :businessKey order by m.id desc limit 1")
	Optional<DmMemo> findFirstByBusinessKeyOrderByIdDesc(@Param("businessKey") String businessKey);

}
