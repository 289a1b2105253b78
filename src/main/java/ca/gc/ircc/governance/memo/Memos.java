package ca.gc.ircc.governance.memo;

import java.time.Instant;
import java.util.Optional;

import ca.gc.ircc.governance.ConflictException;
import ca.gc.ircc.governance.InvalidInputException;
import ca.gc.ircc.governance.endorsement.Endorsements;
import ca.gc.ircc.governance.endorsement.ImcDecision;
import ca.gc.ircc.governance.review.ReviewCycles;
import ca.gc.ircc.governance.review.ReviewProcess;
import ca.gc.ircc.governance.strategy.Strategy;
import ca.gc.ircc.governance.strategy.StrategyRepository;
import ca.gc.ircc.governance.strategy.StrategyVersionStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The memorandum to the Deputy Minister: drafted by IIR, approved by the SADM, answered by the DM. */
@Service
@Transactional
public class Memos {

	private final DmMemoRepository memos;

	private final ReviewCycles reviewCycles;

	private final Endorsements endorsements;

	private final StrategyRepository strategies;

	Memos(DmMemoRepository memos, ReviewCycles reviewCycles, Endorsements endorsements, StrategyRepository strategies) {
		this.memos = memos;
		this.reviewCycles = reviewCycles;
		this.endorsements = endorsements;
		this.strategies = strategies;
	}

	/** What the drafting form starts from: the memo returned by the SADM, else the seed memo's wording. */
	@Transactional(readOnly = true)
	public MemoText startingText(String businessKey) {
		Optional<DmMemo> returned = memos.findFirstByBusinessKeyOrderByIdDesc(businessKey);
		if (returned.isPresent()) {
			return returned.get().getText();
		}
		Strategy strategy = strategy(businessKey);
		String endorsedOn = endorsements.latest(businessKey)
			.map(ImcDecision::getMeetingDate)
			.map(Object::toString)
			.orElse("(date)");
		return new MemoText(
				"The purpose of this memorandum is to provide you with information on the " + strategy.getTitleEn()
						+ ", which was presented to and endorsed by the Issues Management Committee (IMC) on "
						+ endorsedOn + ".",
				"The Strategy was developed in consultation with IRCC branches, staff at missions and partner "
						+ "departments to provide a cohesive priority-setting framework for Canada's migration and "
						+ "protection-related diplomacy and cooperation efforts in the region.",
				"The Strategy considers four strategic priorities (see annex).",
				"The Strategy will be shared with IRCC branches and staff at missions, Canadian Heads of Mission in "
						+ "the region, GAC, CBSA and PS. An action plan will also be shared with branches and missions "
						+ "to guide engagement in support of the strategic priorities and to track activities and outputs.");
	}

	public DmMemo draft(String businessKey, long versionId, Object purpose, MemoText text, String userId) {
		MemoPurpose chosen = purpose(purpose);
		required(ReviewProcess.MEMO_SUMMARY, text.summary());
		required(ReviewProcess.MEMO_BACKGROUND, text.background());
		required(ReviewProcess.MEMO_CURRENT_STATUS, text.currentStatus());
		required(ReviewProcess.MEMO_NEXT_STEPS, text.nextSteps());
		return memos.save(new DmMemo(businessKey, versionId, chosen, text, userId, Instant.now()));
	}

	public void sadmDecision(String businessKey, Object approved, Object comments) {
		if (!(approved instanceof Boolean decision)) {
			throw new InvalidInputException(ReviewProcess.MEMO_APPROVED, "must be true or false, not " + approved);
		}
		String text = comments == null || comments.toString().isBlank() ? null : comments.toString().trim();
		if (!decision && text == null) {
			throw new InvalidInputException(ReviewProcess.SADM_COMMENTS, "say what to change when returning the memo");
		}
		latestOrFail(businessKey).sadmDecided(decision, text, Instant.now());
	}

	public DmDecision dmDecision(String businessKey, Object decision) {
		DmDecision value;
		try {
			value = DmDecision.valueOf(String.valueOf(decision));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(ReviewProcess.DM_DECISION,
					"must be ACKNOWLEDGED, APPROVED or NOT_APPROVED, not " + decision);
		}
		DmMemo memo = latestOrFail(businessKey);
		if (!memo.getPurpose().allows(value)) {
			throw new InvalidInputException(ReviewProcess.DM_DECISION, "a memo " + memo.getPurpose()
					+ (memo.getPurpose() == MemoPurpose.FOR_INFORMATION ? " can only be ACKNOWLEDGED"
							: " is APPROVED or NOT_APPROVED"));
		}
		memo.dmDecided(value, Instant.now());
		if (value == DmDecision.NOT_APPROVED) {
			reviewCycles.moveVersion(memo.getVersionId(), StrategyVersionStatus.NOT_APPROVED);
		}
		return value;
	}

	@Transactional(readOnly = true)
	public Optional<DmMemo> latest(String businessKey) {
		return memos.findFirstByBusinessKeyOrderByIdDesc(businessKey);
	}

	@Transactional(readOnly = true)
	public String rendered(String businessKey) {
		DmMemo memo = latestOrFail(businessKey);
		return memo.getText().render(memo.getPurpose(), strategy(businessKey).getTitleEn());
	}

	private DmMemo latestOrFail(String businessKey) {
		return memos.findFirstByBusinessKeyOrderByIdDesc(businessKey)
			.orElseThrow(() -> new ConflictException("No memo drafted for " + businessKey));
	}

	private Strategy strategy(String businessKey) {
		return strategies.findById(reviewCycles.require(businessKey).getStrategyCode()).orElseThrow();
	}

	private static MemoPurpose purpose(Object value) {
		try {
			return MemoPurpose.valueOf(String.valueOf(value));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(ReviewProcess.MEMO_PURPOSE, "must be FOR_INFORMATION or FOR_DECISION, not "
					+ value);
		}
	}

	private static void required(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "is required");
		}
	}

}
