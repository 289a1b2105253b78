package ca.gc.ircc.governance.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a printable page's template to PDF (openhtmltopdf): the same template as the page, with its
 * print stylesheet inlined, since the PDF is made on the server without a browser.
 */
@Component
class DashboardPdf {

	private final ITemplateEngine templates;

	private final String printCss;

	DashboardPdf(ITemplateEngine templates) {
		this.templates = templates;
		try (InputStream css = getClass().getResourceAsStream("/static/dashboard/print.css")) {
			this.printCss = new String(css.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] render(String template, Locale locale, Map<String, Object> model) {
		Context context = new Context(locale, model);
		context.setVariable("css", printCss);
		String html = templates.process(template, context);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			new PdfRendererBuilder().useFastMode().withHtmlContent(html, null).toStream(pdf).run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

}
