package ca.gc.ircc.governance.distribution;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DistributionRecordRepository extends JpaRepository<DistributionRecord, Long> {

	List<DistributionRecord> findByBusinessKeyOrderByOrganizationCode(String businessKey);

}
