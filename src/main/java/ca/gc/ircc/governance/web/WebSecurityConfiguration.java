package ca.gc.ircc.governance.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	@Bean
	FilterRegistrationBean<ApiSecurityHeadersFilter> apiSecurityHeaders() {
		var registration = new FilterRegistrationBean<>(new ApiSecurityHeadersFilter());
		registration.setName("api-security-headers");
		registration.addUrlPatterns("/api/*", "/engine-rest/*");
		// first, so that even a refused request carries the headers
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<AdminSetupLockFilter> adminSetupLock() {
		var registration = new FilterRegistrationBean<>(new AdminSetupLockFilter());
		registration.setName("admin-setup-lock");
		registration.addUrlPatterns("/camunda/api/admin/setup/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/** Large enough for any update, answer or deployment of this application; far below what hurts. */
	static final int MAX_REQUEST_BYTES = 2 * 1024 * 1024;

	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit() {
		var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(MAX_REQUEST_BYTES));
		registration.setName("request-size-limit");
		registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*", "/admin/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ProcessVariableInputFilter> processVariableInput() {
		var registration = new FilterRegistrationBean<>(new ProcessVariableInputFilter());
		registration.setName("process-variable-input");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
		return registration;
	}

	@Bean
	FilterRegistrationBean<QueryExpressionGuardFilter> queryExpressionGuard() {
		var registration = new FilterRegistrationBean<>(new QueryExpressionGuardFilter());
		registration.setName("query-expression-guard");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

}
