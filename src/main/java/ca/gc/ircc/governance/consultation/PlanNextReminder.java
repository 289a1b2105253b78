package ca.gc.ircc.governance.consultation;

import java.util.Date;
import java.util.Optional;

import ca.gc.ircc.governance.review.ReviewProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets the one reminder timer of the consultation to the next reminder point, if one is left. */
@Component("planNextReminder")
class PlanNextReminder implements JavaDelegate {

	static final String LEAD_TIME = "reminderLeadTime";

	private final Consultations consultations;

	PlanNextReminder(Consultations consultations) {
		this.consultations = consultations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long roundId = (Long) execution.getVariable(ReviewProcess.ROUND_ID);
		Date last = (Date) execution.getVariable(ReviewProcess.LAST_REMINDER_AT);
		Optional<ReminderSchedule.Point> next = consultations.nextReminder(roundId,
				last == null ? null : last.toInstant());
		execution.setVariable(ReviewProcess.REMINDER_PENDING, next.isPresent());
		next.ifPresent(point -> {
			execution.setVariable(ReviewProcess.NEXT_REMINDER_AT, Date.from(point.at()));
			execution.setVariable(LEAD_TIME, point.leadTime().toString());
		});
	}

}
