package ca.gc.ircc.governance.memo;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DmMemoRepository extends JpaRepository<DmMemo, Long> {

	Optional<DmMemo> findFirstByBusinessKeyOrderByIdDesc(String businessKey);

}
