package ca.gc.ircc.governance.dashboard;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of the application's pages: English unless the user chose French, remembered in a
 * cookie for a year. Labels live in {@code messages_en.properties} and {@code messages_fr.properties}.
 */
@Configuration(proxyBeanMethods = false)
class DashboardLanguage {

	static final String FRENCH = "fr";

	static final String COOKIE = "governance-language";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE) {

			@Override
			public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
				// only the two official languages: anything else in the cookie reads as English
				return FRENCH.equals(super.resolveLocale(request).getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
			}

		};
		resolver.setDefaultLocale(Locale.ENGLISH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Strict");
		resolver.setCookiePath("/");
		return resolver;
	}

}
