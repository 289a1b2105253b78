package ca.gc.ircc.governance.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.gc.ircc.governance.organization.Organization;
import ca.gc.ircc.governance.organization.OrganizationDirectory;
import ca.gc.ircc.governance.strategy.StrategyNames;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders the bilingual subject and body of a notification from its kind's template in
 * {@code templates/mail/}: English first, then French; user text is escaped by the template engine.
 */
@Component
class MailRenderer {

	private static final DateTimeFormatter DUE_EN = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' HH:mm",
			Locale.CANADA);

	private static final DateTimeFormatter DUE_FR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH 'h' mm",
			Locale.CANADA_FRENCH);

	private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

	private final ITemplateEngine templates;

	private final StrategyNames strategies;

	private final OrganizationDirectory organizations;

	private final NotificationProperties properties;

	/**
	 * Given none, Thymeleaf makes a new SpEL evaluation context for every mail, and with it a new
	 * property accessor whose cache of getters starts empty: every property a template reads was
	 * looked up again by reflection, most of a reminder's rendering time. One context per rendering
	 * thread keeps that cache; not one for all threads, because Thymeleaf sets a template's expression
	 * objects on the context while it evaluates the template.
	 */
	private final ThreadLocal<ThymeleafEvaluationContext> evaluationContexts;

	MailRenderer(ITemplateEngine templates, StrategyNames strategies, OrganizationDirectory organizations,
			NotificationProperties properties, ApplicationContext application) {
		this.templates = templates;
		this.strategies = strategies;
		this.organizations = organizations;
		this.properties = properties;
		this.evaluationContexts = ThreadLocal.withInitial(() -> new ThymeleafEvaluationContext(application, null));
	}

	Rendered render(Notification notification, Organization recipient) {
		Context context = new Context(Locale.CANADA);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				evaluationContexts.get());
		context.setVariable("notification", notification);
		context.setVariable("recipient", recipient);
		context.setVariable("strategy", strategy(notification.strategyCode()));
		context.setVariable("taskLink", notification.taskId() == null ? null : properties.taskLink(notification.taskId()));
		context.setVariable("due", due(notification.due(), recipient.getTimeZone()));
		Object taskNameFr = notification.details().get(Notification.TASK_NAME_FR);
		context.setVariable("taskNameFr", taskNameFr != null ? taskNameFr : notification.taskName());
		context.setVariable("details", details(notification.details()));
		context.setVariable("organizations", organizationsNamedIn(notification.details()));
		String template = "mail/" + notification.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
		String html = templates.process(template, context);
		return new Rendered(subjectOf(html, template), html);
	}

	/** The layout puts the kind's subject fragment in the title: read back, unescaped, on one line. */
	private static String subjectOf(String html, String template) {
		Matcher title = TITLE.matcher(html);
		if (!title.find()) {
			throw new IllegalStateException("Mail template " + template + " rendered no title");
		}
		return HtmlUtils.htmlUnescape(title.group(1)).replaceAll("\\s+", " ").trim();
	}

	private StrategyView strategy(String code) {
		if (code == null) {
			return null;
		}
		// a mail about an unknown strategy still goes out, naming the code it was given
		return strategies.find(code)
			.map(strategy -> new StrategyView(code, strategy.titleEn(), strategy.titleFr()))
			.orElseGet(() -> new StrategyView(code, code, code));
	}

	private static DueView due(Instant due, ZoneId zone) {
		if (due == null) {
			return null;
		}
		var local = due.atZone(zone);
		return new DueView(DUE_EN.format(local) + " (" + zone.getId() + ")",
				DUE_FR.format(local) + " (" + zone.getId() + ")");
	}

	/** Every detail as a label and its values, so a template can show keys it does not know. */
	private static List<DetailView> details(Map<String, Object> details) {
		List<DetailView> views = new ArrayList<>();
		new java.util.TreeMap<>(details).forEach((key, value) -> {
			if (!Notification.TASK_NAME_FR.equals(key)) {
				views.add(new DetailView(key, label(key), values(value)));
			}
		});
		return views;
	}

	private static List<String> values(Object value) {
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(String::valueOf).toList();
		}
		if (value instanceof Map<?, ?> map) {
			return map.entrySet().stream().map(e -> label(String.valueOf(e.getKey())) + ": " + e.getValue()).toList();
		}
		return List.of(String.valueOf(value));
	}

	/** {@code nonRespondents} → "Non respondents". */
	private static String label(String key) {
		String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
		return spaced.isEmpty() ? key : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	/** The organizations that detail values name by code, so templates can show their names. */
	private Map<String, Organization> organizationsNamedIn(Map<String, Object> details) {
		Set<String> codes = new HashSet<>();
		details.forEach((key, value) -> {
			if (!Notification.TASK_NAME_FR.equals(key)) {
				values(value).forEach(codes::add);
			}
		});
		return organizations.named(codes);
	}

	record Rendered(String subject, String bodyHtml) {
	}

	record StrategyView(String code, String titleEn, String titleFr) {
	}

	record DueView(String en, String fr) {
	}

	record DetailView(String key, String label, List<String> values) {
	}

}
