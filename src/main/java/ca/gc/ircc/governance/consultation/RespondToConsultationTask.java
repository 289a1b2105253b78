package ca.gc.ircc.governance.consultation;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import ca.gc.ircc.governance.organization.Organization;
import ca.gc.ircc.governance.organization.OrganizationDirectory;
import ca.gc.ircc.governance.review.Actors;
import ca.gc.ircc.governance.ProcessInputException;
import ca.gc.ircc.governance.review.ReviewCycles;
import ca.gc.ircc.governance.review.ReviewProcess;
import ca.gc.ircc.governance.strategy.StrategyName;
import ca.gc.ircc.governance.strategy.StrategyNames;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Task {@code respondToConsultation} (one per consultee): shows the draft; on completion records the
 * consultee's own position and comments (local to its task, so parallel answers never mix).
 */
@Component("respondToConsultationTask")
class RespondToConsultationTask implements TaskListener {

	static final String STRATEGY_TITLE = "strategyTitle";

	static final String STRATEGY_TITLE_FR = "strategyTitleFr";

	static final String DEADLINE_TEXT = "deadlineText";

	static final String DEADLINE_TEXT_FR = "deadlineTextFr";

	private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm a",
			Locale.CANADA);

	private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH 'h' mm",
			Locale.CANADA_FRENCH);

	private final Consultations consultations;

	private final ReviewCycles reviewCycles;

	private final StrategyNames strategies;

	private final OrganizationDirectory organizations;

	RespondToConsultationTask(Consultations consultations, ReviewCycles reviewCycles, StrategyNames strategies,
			OrganizationDirectory organizations) {
		this.consultations = consultations;
		this.reviewCycles = reviewCycles;
		this.strategies = strategies;
		this.organizations = organizations;
	}

	@Override
	public void notify(DelegateTask task) {
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			long versionId = (Long) task.getVariable(ReviewProcess.VERSION_ID);
			task.getExecution().setVariableLocal(ReviewProcess.DRAFT_TEXT, reviewCycles.requireVersion(versionId).getDraftText());
			showStrategyAndDeadline(task);
			return;
		}
		long roundId = (Long) task.getVariable(ReviewProcess.ROUND_ID);
		String consultee = (String) task.getExecution().getVariableLocal(ReviewProcess.CONSULTEE);
		ProcessInputException.translating(() -> consultations.respond(roundId, consultee,
				task.getVariable(ReviewProcess.POSITION), task.getVariable(ReviewProcess.COMMENTS), Actors.current(task)));
	}

	/**
	 * The strategy by name, once for the cycle (every consultee's task shows the same), and the deadline
	 * in the consultee's own time zone, in both languages.
	 */
	private void showStrategyAndDeadline(DelegateTask task) {
		StrategyName strategy = strategies.require((String) task.getVariable(ReviewProcess.STRATEGY_CODE));
		VariableScope cycle = task.getExecution().getProcessInstance();
		setIfChanged(cycle, STRATEGY_TITLE, strategy.titleEn());
		setIfChanged(cycle, STRATEGY_TITLE_FR, strategy.titleFr());
		String consultee = (String) task.getExecution().getVariableLocal(ReviewProcess.CONSULTEE);
		ZoneId zone = organizations.find(consultee).map(Organization::getTimeZone).orElse(ZoneId.of("America/Toronto"));
		ZonedDateTime due = OffsetDateTime.parse((String) task.getVariable(ReviewProcess.CONSULTATION_DUE))
			.atZoneSameInstant(zone);
		var execution = task.getExecution();
		execution.setVariableLocal(DEADLINE_TEXT, ENGLISH.format(due) + " (" + zone.getId() + ")");
		execution.setVariableLocal(DEADLINE_TEXT_FR, FRENCH.format(due) + " (" + zone.getId() + ")");
	}

	private static void setIfChanged(VariableScope scope, String name, String value) {
		if (!value.equals(scope.getVariableLocal(name))) {
			scope.setVariableLocal(name, value);
		}
	}

}
