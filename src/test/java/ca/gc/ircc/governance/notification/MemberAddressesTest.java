package ca.gc.ircc.governance.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import ca.gc.ircc.governance.support.IntegrationTest;
import ca.gc.ircc.governance.support.MutableClock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MemberAddressesTest {

	private static final String NEW_MEMBER = "member-addresses-test";

	@Autowired
	IdentityService identityService;

	@Autowired
	NotificationProperties properties;

	@Test
	void shouldFindEveryMemberWhateverTheCallerMaySee() {
		MemberAddresses members = new MemberAddresses(identityService, new MutableClock(), properties);
		identityService.setAuthentication("demo-rab", List.of("rab"));
		try {
			assertThat(identityService.createUserQuery().userId("demo-iir").count()).isZero();
			assertThat(members.of("iir")).contains("demo-iir@example.org");
			assertThat(identityService.getCurrentAuthentication().getUserId()).isEqualTo("demo-rab");
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	@Test
	void shouldSeeANewMemberOnceTheRereadDelayHasPassed() {
		MutableClock clock = new MutableClock();
		MemberAddresses members = new MemberAddresses(identityService, clock, properties);
		assertThat(properties.membersRereadAfter()).isEqualTo(Duration.ofMinutes(1));
		assertThat(members.of("irm")).doesNotContain(NEW_MEMBER + "@example.org");
		User user = identityService.newUser(NEW_MEMBER);
		user.setEmail(NEW_MEMBER + "@example.org");
		identityService.saveUser(user);
		identityService.createMembership(NEW_MEMBER, "irm");
		try {
			clock.set(Instant.now().plusSeconds(59));
			assertThat(members.of("irm")).doesNotContain(NEW_MEMBER + "@example.org");

			clock.set(Instant.now().plusSeconds(61));
			assertThat(members.of("irm")).contains(NEW_MEMBER + "@example.org");
		}
		finally {
			identityService.deleteUser(NEW_MEMBER);
		}
	}

}
