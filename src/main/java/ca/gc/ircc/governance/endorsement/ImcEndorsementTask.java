package ca.gc.ircc.governance.endorsement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.gc.ircc.governance.consultation.CommentDisposition;
import ca.gc.ircc.governance.consultation.ConsultationResponse;
import ca.gc.ircc.governance.consultation.Consultations;
import ca.gc.ircc.governance.review.Actors;
import ca.gc.ircc.governance.review.JsonValues;
import ca.gc.ircc.governance.ProcessInputException;
import ca.gc.ircc.governance.review.ReviewCycles;
import ca.gc.ircc.governance.review.ReviewProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task {@code imcEndorsement}: shows the draft and the "what we heard" record; on completion records
 * the decision, the meeting date and the conditions.
 */
@Component("imcEndorsementTask")
class ImcEndorsementTask implements TaskListener {

	static final String WHAT_WE_HEARD = "whatWeHeard";

	private final Endorsements endorsements;

	private final ReviewCycles reviewCycles;

	private final Consultations consultations;

	ImcEndorsementTask(Endorsements endorsements, ReviewCycles reviewCycles, Consultations consultations) {
		this.endorsements = endorsements;
		this.reviewCycles = reviewCycles;
		this.consultations = consultations;
	}

	@Override
	public void notify(DelegateTask task) {
		long versionId = (Long) task.getVariable(ReviewProcess.VERSION_ID);
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			task.getExecution().setVariableLocal(ReviewProcess.DRAFT_TEXT, reviewCycles.requireVersion(versionId).getDraftText());
			task.getExecution().setVariableLocal(WHAT_WE_HEARD, JsonValues.json(whatWeHeard((Long) task.getVariable(ReviewProcess.ROUND_ID))));
			return;
		}
		ProcessInputException.translating(() -> endorsements.decide(task.getExecution().getProcessBusinessKey(),
				versionId, task.getVariable(ReviewProcess.IMC_DECISION), task.getVariable(ReviewProcess.IMC_MEETING_DATE),
				task.getVariable(ReviewProcess.IMC_CONDITIONS), Actors.current(task)));
	}

	private List<Map<String, Object>> whatWeHeard(long roundId) {
		List<ConsultationResponse> responses = consultations.responses(roundId);
		Map<Long, CommentDisposition> dispositions = consultations.dispositionsOf(responses);
		return responses.stream().map(response -> {
			CommentDisposition disposition = dispositions.get(response.getId());
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("consultee", response.getConsultee());
			row.put("position", String.valueOf(response.getPosition()));
			row.put("comments", response.getComments() == null ? "" : response.getComments());
			row.put("disposition", disposition == null ? "" : disposition.getDisposition().name());
			row.put("rationale", disposition == null ? "" : disposition.getRationale());
			return row;
		}).toList();
	}

}
