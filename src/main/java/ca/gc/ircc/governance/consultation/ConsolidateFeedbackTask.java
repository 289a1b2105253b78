package ca.gc.ircc.governance.consultation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.gc.ircc.governance.InvalidInputException;
import ca.gc.ircc.governance.organization.Organization;
import ca.gc.ircc.governance.organization.OrganizationRepository;
import ca.gc.ircc.governance.review.Actors;
import ca.gc.ircc.governance.review.JsonValues;
import ca.gc.ircc.governance.ProcessInputException;
import ca.gc.ircc.governance.review.ReviewProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Task {@code consolidateFeedback}: shows every response of the round ({@code responses}) and one
 * line per commented response to dispose of ({@code dispositions}); on completion records the
 * dispositions, each commented response needing one.
 */
@Component("consolidateFeedbackTask")
class ConsolidateFeedbackTask implements TaskListener {

	static final String RESPONSES = "responses";

	private final Consultations consultations;

	private final OrganizationRepository organizations;

	ConsolidateFeedbackTask(Consultations consultations, OrganizationRepository organizations) {
		this.consultations = consultations;
		this.organizations = organizations;
	}

	@Override
	public void notify(DelegateTask task) {
		long roundId = (Long) task.getVariable(ReviewProcess.ROUND_ID);
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			List<ConsultationResponse> all = consultations.responses(roundId);
			task.getExecution().setVariableLocal(RESPONSES, JsonValues.json(all.stream().map(this::row).toList()));
			task.getExecution().setVariableLocal(ReviewProcess.DISPOSITIONS, JsonValues.json(all.stream()
				.filter(ConsultationResponse::hasComments)
				.map(this::toDispose)
				.toList()));
			return;
		}
		ProcessInputException.translating(() -> consultations.recordDispositions(roundId,
				dispositions(task.getVariable(ReviewProcess.DISPOSITIONS)), Actors.current(task)));
	}

	private Map<String, Object> row(ConsultationResponse response) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("consultee", name(response.getConsultee()));
		row.put("position", String.valueOf(response.getPosition()));
		row.put("comments", response.getComments() == null ? "" : response.getComments());
		row.put("respondedAt", response.getRespondedAt() == null ? "" : response.getRespondedAt().toString());
		return row;
	}

	private Map<String, Object> toDispose(ConsultationResponse response) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("responseId", response.getId());
		line.put("consultee", name(response.getConsultee()));
		line.put("position", String.valueOf(response.getPosition()));
		line.put("comments", response.getComments());
		line.put("disposition", null);
		line.put("rationale", "");
		return line;
	}

	private String name(String code) {
		return organizations.findById(code).map(Organization::getNameEn).map(n -> n + " (" + code + ")").orElse(code);
	}

	private static List<Consultations.DispositionInput> dispositions(Object value) {
		if (value == null) {
			return List.of();
		}
		SpinJsonNode node = JsonValues.node(ReviewProcess.DISPOSITIONS, value);
		if (!node.isArray()) {
			throw new InvalidInputException(ReviewProcess.DISPOSITIONS, "must be a JSON array");
		}
		List<Consultations.DispositionInput> inputs = new ArrayList<>();
		for (SpinJsonNode line : node.elements()) {
			inputs.add(new Consultations.DispositionInput(number(line, "responseId"), text(line, "disposition"),
					text(line, "rationale")));
		}
		return inputs;
	}

	private static Long number(SpinJsonNode line, String name) {
		return line.hasProp(name) && line.prop(name).isNumber() ? line.prop(name).numberValue().longValue() : null;
	}

	private static String text(SpinJsonNode line, String name) {
		return line.hasProp(name) && line.prop(name).isString() ? line.prop(name).stringValue() : null;
	}

}
