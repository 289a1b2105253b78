package ca.gc.ircc.governance.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.gc.ircc.governance.InvalidInputException;
import ca.gc.ircc.governance.NotFoundException;
import ca.gc.ircc.governance.distribution.DistributionLists;
import ca.gc.ircc.governance.organization.OrganizationRepository;
import ca.gc.ircc.governance.strategy.Strategy;
import ca.gc.ircc.governance.strategy.StrategyRepository;
import ca.gc.ircc.governance.strategy.StrategyVersion;
import ca.gc.ircc.governance.strategy.StrategyVersionRepository;
import ca.gc.ircc.governance.strategy.StrategyVersionStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts and ends review cycles and keeps their strategy versions. Knows nothing of the engine. */
@Service
@Transactional
public class ReviewCycles {

	/** The end state recorded for a cycle whose process instance was deleted. */
	public static final String CANCELLED = "CANCELLED";

	private static final Pattern BUSINESS_KEY = Pattern.compile("([A-Z][A-Z0-9_]*)-(\\d{4})-R(\\d+)");

	private final ReviewCycleRepository cycles;

	private final StrategyRepository strategies;

	private final StrategyVersionRepository versions;

	private final OrganizationRepository organizations;

	private final DistributionLists distributionLists;

	ReviewCycles(ReviewCycleRepository cycles, StrategyRepository strategies, StrategyVersionRepository versions,
			OrganizationRepository organizations, DistributionLists distributionLists) {
		this.cycles = cycles;
		this.strategies = strategies;
		this.versions = versions;
		this.organizations = organizations;
		this.distributionLists = distributionLists;
	}

	/**
	 * @param businessKey the key asked for, or null to number the cycle {@code <STRATEGY>-<year>-R<n>}
	 * @param consultees organization codes; empty means the strategy's distribution list
	 */
	public record StartRequest(String businessKey, String strategyCode, List<String> consultees,
			Object consultationDue, String draftText, String startedBy) {
	}

	public record Started(String businessKey, String strategyCode, long versionId, List<String> consultees,
			OffsetDateTime consultationDue) {
	}

	/** Validates a start and records the cycle and its first draft version; throws before storing anything. */
	public Started start(StartRequest request) {
		Strategy strategy = requireStrategy(request.strategyCode());
		List<String> consultees = consultees(strategy, request.consultees());
		OffsetDateTime due = futureDeadline(ReviewProcess.CONSULTATION_DUE, request.consultationDue());
		cycles.findFirstByStrategyCodeAndEndStateIsNull(strategy.getCode()).ifPresent(running -> {
			throw new InvalidInputException(ReviewProcess.STRATEGY_CODE, "strategy " + strategy.getCode()
					+ " already has a running review cycle: " + running.getBusinessKey());
		});
		Instant now = Instant.now();
		ReviewCycle cycle = cycles.save(newCycle(strategy, request.businessKey(), request.startedBy(), now));
		StrategyVersion version = new StrategyVersion(strategy.getCode(), cycle.getBusinessKey() + " v1",
				cycle.getBusinessKey(), now);
		version.revise(request.draftText() != null && !request.draftText().isBlank() ? request.draftText()
				: "Draft of the " + strategy.getTitleEn() + " for review cycle " + cycle.getBusinessKey() + ".");
		versions.save(version);
		return new Started(cycle.getBusinessKey(), strategy.getCode(), version.getId(), consultees, due);
	}

	/** The consultees asked for, checked; the strategy's distribution list when none are. */
	public List<String> consultees(String strategyCode, List<String> requested) {
		return consultees(requireStrategy(strategyCode), requested);
	}

	public OffsetDateTime futureDeadline(String field, Object value) {
		OffsetDateTime due = Deadlines.parse(field, value);
		if (!due.toInstant().isAfter(Instant.now())) {
			throw new InvalidInputException(field, "must be in the future: " + value);
		}
		return due;
	}

	public void reviseDraft(long versionId, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(ReviewProcess.DRAFT_TEXT, "the draft text is required");
		}
		requireVersion(versionId).revise(text);
	}

	/** After the IMC returned a draft: the returned version is set aside and a new one starts from its text. */
	public long startRevision(String businessKey, long returnedVersionId) {
		StrategyVersion returned = requireVersion(returnedVersionId);
		returned.supersede(LocalDate.now(Deadlines.HEADQUARTERS));
		long drafts = versions.countByReviewBusinessKey(businessKey);
		StrategyVersion next = new StrategyVersion(returned.getStrategyCode(), businessKey + " v" + (drafts + 1),
				businessKey, Instant.now());
		next.revise(returned.getDraftText());
		return versions.save(next).getId();
	}

	public void moveVersion(long versionId, StrategyVersionStatus status) {
		requireVersion(versionId).moveTo(status);
	}

	public void end(String businessKey, String endState) {
		require(businessKey).end(endState, Instant.now());
	}

	/** A cycle cancelled (its process instance deleted): its draft is withdrawn, the strategy free for a new cycle. */
	public void cancel(String businessKey, Long versionId) {
		require(businessKey).end(CANCELLED, Instant.now());
		if (versionId != null) {
			StrategyVersion version = requireVersion(versionId);
			if (version.getStatus().isUnderReview()) {
				version.moveTo(StrategyVersionStatus.RETIRED);
			}
		}
	}

	@Transactional(readOnly = true)
	public ReviewCycle require(String businessKey) {
		return cycles.findById(businessKey)
			.orElseThrow(() -> new NotFoundException("No review cycle " + businessKey));
	}

	@Transactional(readOnly = true)
	public StrategyVersion requireVersion(long versionId) {
		return versions.findById(versionId).orElseThrow(() -> new NotFoundException("No strategy version " + versionId));
	}

	private Strategy requireStrategy(String code) {
		if (code == null || code.isBlank()) {
			throw new InvalidInputException(ReviewProcess.STRATEGY_CODE, "is required");
		}
		return strategies.findById(code)
			.orElseThrow(() -> new InvalidInputException(ReviewProcess.STRATEGY_CODE, "no strategy with code " + code));
	}

	private List<String> consultees(Strategy strategy, List<String> requested) {
		if (requested == null || requested.isEmpty()) {
			return distributionLists.distributionList(strategy);
		}
		List<String> unique = new ArrayList<>(new LinkedHashSet<>(requested));
		for (String code : unique) {
			if (code == null || !organizations.existsById(code)) {
				throw new InvalidInputException(ReviewProcess.CONSULTEES, code + " is not an organization");
			}
		}
		return unique;
	}

	private ReviewCycle newCycle(Strategy strategy, String requestedKey, String startedBy, Instant now) {
		if (requestedKey == null || requestedKey.isBlank()) {
			int year = now.atZone(Deadlines.HEADQUARTERS).getYear();
			int number = cycles.highestNumber(strategy.getCode(), year) + 1;
			return new ReviewCycle(strategy.getCode() + "-" + year + "-R" + number, strategy.getCode(), year, number,
					startedBy, now);
		}
		Matcher matcher = BUSINESS_KEY.matcher(requestedKey);
		if (!matcher.matches() || !matcher.group(1).equals(strategy.getCode())) {
			throw new InvalidInputException("businessKey",
					"must read <STRATEGY>-<year>-R<n> for strategy " + strategy.getCode() + ": " + requestedKey);
		}
		if (cycles.existsById(requestedKey)) {
			throw new InvalidInputException("businessKey", "a review cycle " + requestedKey + " exists already");
		}
		return new ReviewCycle(requestedKey, strategy.getCode(), Integer.parseInt(matcher.group(2)),
				Integer.parseInt(matcher.group(3)), startedBy, now);
	}

}
