package ca.gc.ircc.governance.organization;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganizationRepository extends JpaRepository<Organization, String> {

	List<Organization> findAllByOrderByCode();

	List<Organization> findByCodeIn(Collection<String> codes);

}
