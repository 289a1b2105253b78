package ca.gc.ircc.governance.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTest {

	@Test
	void shouldQuoteEveryCellAndDoubleQuotesInside() {
		assertThat(AuditCsv.cell("said \"no\", twice")).isEqualTo("\"said \"\"no\"\", twice\"");
	}

	@Test
	void shouldDefuseCellsThatASpreadsheetWouldRunAsFormulas() {
		assertThat(AuditCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(AuditCsv.cell("+1")).isEqualTo("\"'+1\"");
		assertThat(AuditCsv.cell("-1")).isEqualTo("\"'-1\"");
		assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
	}

	@Test
	void shouldWriteOneLinePerEventUnderAHeader() {
		String csv = AuditCsv.write(List.of(new AuditEvent(Instant.parse("2026-04-12T14:00:00Z"), "demo-imc",
				"Completed", "IMC endorsement", "imcEndorsement", Map.of("imcDecision", "ENDORSED"))));
		assertThat(csv.split("\r\n")).containsExactly("at,actor,action,element,elementKey,values",
				"\"2026-04-12T14:00:00Z\",\"demo-imc\",\"Completed\",\"IMC endorsement\",\"imcEndorsement\",\"imcDecision=ENDORSED\"");
	}

}
