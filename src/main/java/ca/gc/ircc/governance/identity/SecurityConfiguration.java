package ca.gc.ircc.governance.identity;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Authentication for the two APIs. The Camunda webapps keep their own session login; only
 * {@code /actuator/health} is open to anonymous callers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
		registration.setName("engine-rest-authentication");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		return registration;
	}

	@Bean
	FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identityService) {
		var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService));
		registration.setName("api-authentication");
		registration.addUrlPatterns("/api/*");
		// the outbox page and the metrics (notification outbox): signed-in users only
		registration.addUrlPatterns("/admin/*", "/actuator/metrics", "/actuator/metrics/*");
		return registration;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CurrentUserResolver());
	}

	/** Lets controllers take the authenticated {@link CurrentUser} as a parameter. */
	private static final class CurrentUserResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == CurrentUser.class;
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binderFactory) {
			Object user = request.getNativeRequest(HttpServletRequest.class)
				.getAttribute(CurrentUser.class.getName());
			if (user == null) {
				throw new IllegalStateException("No authenticated user: is the API filter mapped for this path?");
			}
			return user;
		}

	}

}
