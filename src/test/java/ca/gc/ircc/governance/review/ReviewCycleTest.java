package ca.gc.ircc.governance.review;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import ca.gc.ircc.governance.actionplan.ActionPlans;
import ca.gc.ircc.governance.support.IntegrationTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The shared test context with {@link ActionPlans} replaced by a mock: process
 * {@code action-plan-collection} is built elsewhere, so the review cycle's tests verify the call that
 * starts it. Every review-cycle test class uses this one annotation, so they all share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@MockitoBean(types = ActionPlans.class)
public @interface ReviewCycleTest {

}
