package ca.gc.ircc.governance.consultation;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ca.gc.ircc.governance.ConflictException;
import ca.gc.ircc.governance.GovernanceProperties;
import ca.gc.ircc.governance.InvalidInputException;
import ca.gc.ircc.governance.NotFoundException;
import ca.gc.ircc.governance.identity.Groups;
import ca.gc.ircc.governance.notification.Notification;
import ca.gc.ircc.governance.notification.NotificationKind;
import ca.gc.ircc.governance.notification.Notifications;
import ca.gc.ircc.governance.review.ReviewProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Consultation rounds: who is consulted until when, their answers, reminders, and the dispositions. */
@Service
@Transactional
public class Consultations {

	static final String TASK_NAME = "Respond to the consultation";

	static final String TASK_NAME_FR = "Répondre à la consultation";

	private final ConsultationRoundRepository rounds;

	private final ConsultationResponseRepository responses;

	private final CommentDispositionRepository dispositions;

	private final Notifications notifications;

	private final ReminderSchedule schedule;

	Consultations(ConsultationRoundRepository rounds, ConsultationResponseRepository responses,
			CommentDispositionRepository dispositions, Notifications notifications, GovernanceProperties properties) {
		this.rounds = rounds;
		this.responses = responses;
		this.dispositions = dispositions;
		this.notifications = notifications;
		this.schedule = new ReminderSchedule(properties.reminders().beforeDue());
	}

	/** The first round of a cycle, planned at its start; opened once the draft is ready. */
	public ConsultationRound plan(String businessKey, long versionId, OffsetDateTime due) {
		return rounds.save(new ConsultationRound(businessKey, 1, versionId, due.toInstant()));
	}

	/**
	 * Opens the consultation of a draft version: the planned round when there is one for this version,
	 * else a new round (after a return by the IMC). One pending response per consultee.
	 */
	public ConsultationRound open(String businessKey, long versionId, List<String> consultees, OffsetDateTime due) {
		Optional<ConsultationRound> latest = rounds.findFirstByBusinessKeyOrderByNumberDesc(businessKey);
		ConsultationRound round = latest.filter(r -> r.getVersionId() == versionId && !r.isOpened())
			.orElseGet(() -> rounds.save(new ConsultationRound(businessKey,
					latest.map(ConsultationRound::getNumber).orElse(0) + 1, versionId, due.toInstant())));
		round.open(due.toInstant(), Instant.now());
		for (String consultee : consultees) {
			responses.save(new ConsultationResponse(round.getId(), consultee));
		}
		return round;
	}

	public void respond(long roundId, String consultee, Object position, Object comments, String userId) {
		Position chosen = position(position);
		if (comments != null && !(comments instanceof String)) {
			throw new InvalidInputException(ReviewProcess.COMMENTS, "comments must be text");
		}
		String text = comments == null ? null : ((String) comments).trim();
		if (chosen.needsComments() && (text == null || text.isEmpty())) {
			throw new InvalidInputException(ReviewProcess.COMMENTS, "comments are required with position " + chosen);
		}
		ConsultationRound round = requireRound(roundId);
		if (round.getClosedAt() != null) {
			throw new ConflictException("The consultation round " + round.getNumber() + " is closed");
		}
		ConsultationResponse response = responses.findByRoundIdAndConsultee(roundId, consultee)
			.orElseThrow(() -> new InvalidInputException(ReviewProcess.CONSULTEE, consultee + " is not consulted"));
		if (!response.isPending()) {
			throw new ConflictException(consultee + " has answered already");
		}
		response.answer(chosen, text == null || text.isEmpty() ? null : text, userId, Instant.now());
	}

	public Optional<ReminderSchedule.Point> nextReminder(long roundId, Instant lastReminded) {
		ConsultationRound round = requireRound(roundId);
		return schedule.next(round.getDue(), Instant.now(), lastReminded);
	}

	/** Reminds every consultee that has not answered yet; the ones that have hear nothing. */
	public List<String> remindSilentConsultees(long roundId, String strategyCode, Duration leadTime) {
		ConsultationRound round = requireRound(roundId);
		List<String> reminded = new ArrayList<>();
		for (ConsultationResponse response : responses.findByRoundIdOrderByConsultee(roundId)) {
			if (!response.isPending()) {
				continue;
			}
			String key = round.getBusinessKey() + ":consultation-reminder:" + round.getNumber() + ":"
					+ response.getConsultee() + ":" + readable(leadTime);
			notifications.send(new Notification(NotificationKind.CONSULTATION_REMINDER, key, response.getConsultee(),
					strategyCode, round.getBusinessKey(), null, TASK_NAME, round.getDue(), null,
					Map.of("round", round.getNumber(), "leadTime", readable(leadTime), Notification.TASK_NAME_FR,
							TASK_NAME_FR)));
			reminded.add(response.getConsultee());
		}
		return reminded;
	}

	/**
	 * Closes a round: consultees that have not answered are recorded {@code NO_RESPONSE} and IIR is told
	 * who they are.
	 */
	public List<String> close(long roundId, String strategyCode) {
		ConsultationRound round = requireRound(roundId);
		List<String> silent = new ArrayList<>();
		for (ConsultationResponse response : responses.findByRoundIdOrderByConsultee(roundId)) {
			if (response.isPending()) {
				response.recordNoResponse();
				silent.add(response.getConsultee());
			}
		}
		round.close(Instant.now());
		if (!silent.isEmpty()) {
			notifications.send(new Notification(NotificationKind.NON_RESPONSE_NOTICE,
					round.getBusinessKey() + ":non-response:" + round.getNumber(), Groups.IIR, strategyCode,
					round.getBusinessKey(), null, null, round.getDue(), null,
					Map.of("nonRespondents", List.copyOf(silent), "round", round.getNumber())));
		}
		return silent;
	}

	/** One IIR disposition per commented response of the round, each with a rationale. */
	public record DispositionInput(Long responseId, String disposition, String rationale) {
	}

	public void recordDispositions(long roundId, List<DispositionInput> inputs, String userId) {
		String field = ReviewProcess.DISPOSITIONS;
		Map<Long, ConsultationResponse> commented = new HashMap<>();
		for (ConsultationResponse response : responses.findByRoundIdOrderByConsultee(roundId)) {
			if (response.hasComments()) {
				commented.put(response.getId(), response);
			}
		}
		Set<Long> seen = new HashSet<>();
		List<CommentDisposition> records = new ArrayList<>();
		for (DispositionInput input : inputs) {
			ConsultationResponse response = input.responseId() == null ? null : commented.get(input.responseId());
			if (response == null) {
				throw new InvalidInputException(field, "no commented response " + input.responseId() + " in this round");
			}
			if (!seen.add(input.responseId())) {
				throw new InvalidInputException(field, "two dispositions for the comments of " + response.getConsultee());
			}
			Disposition disposition = disposition(input.disposition(), response.getConsultee());
			if (input.rationale() == null || input.rationale().isBlank()) {
				throw new InvalidInputException(field, "a rationale is required for the comments of " + response.getConsultee());
			}
			records.add(new CommentDisposition(response.getId(), disposition, input.rationale().trim(), userId, Instant.now()));
		}
		for (ConsultationResponse response : commented.values()) {
			if (!seen.contains(response.getId())) {
				throw new InvalidInputException(field, "the comments of " + response.getConsultee() + " need a disposition");
			}
		}
		dispositions.saveAll(records);
	}

	@Transactional(readOnly = true)
	public Optional<ConsultationRound> latestRound(String businessKey) {
		return rounds.findFirstByBusinessKeyOrderByNumberDesc(businessKey);
	}

	@Transactional(readOnly = true)
	public List<ConsultationResponse> responses(long roundId) {
		return responses.findByRoundIdOrderByConsultee(roundId);
	}

	@Transactional(readOnly = true)
	public Map<Long, CommentDisposition> dispositionsOf(List<ConsultationResponse> of) {
		Map<Long, CommentDisposition> byResponse = new HashMap<>();
		dispositions.findByResponseIdIn(of.stream().map(ConsultationResponse::getId).toList())
			.forEach(d -> byResponse.put(d.getResponseId(), d));
		return byResponse;
	}

	@Transactional(readOnly = true)
	public ConsultationRound requireRound(long roundId) {
		return rounds.findById(roundId).orElseThrow(() -> new NotFoundException("No consultation round " + roundId));
	}

	/** P14D rather than PT336H, as the configuration reads. */
	static String readable(Duration leadTime) {
		return leadTime.toSeconds() % 86_400 == 0 ? "P" + leadTime.toDays() + "D" : leadTime.toString();
	}

	private static Position position(Object value) {
		String field = ReviewProcess.POSITION;
		if (value == null || value.toString().isBlank()) {
			throw new InvalidInputException(field, "is required: SUPPORT, SUPPORT_WITH_COMMENTS, CONCERNS or NO_COMMENT");
		}
		try {
			Position position = Position.valueOf(value.toString());
			if (position != Position.NO_RESPONSE) {
				return position;
			}
		}
		catch (IllegalArgumentException ignored) {
			// answered below
		}
		throw new InvalidInputException(field,
				"must be SUPPORT, SUPPORT_WITH_COMMENTS, CONCERNS or NO_COMMENT, not " + value);
	}

	private static Disposition disposition(String value, String consultee) {
		try {
			return Disposition.valueOf(value == null ? "" : value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(ReviewProcess.DISPOSITIONS, "the disposition of the comments of " + consultee
					+ " must be ACCEPTED, PARTIALLY_ACCEPTED or NOT_ACCEPTED, not " + value);
		}
	}

}
