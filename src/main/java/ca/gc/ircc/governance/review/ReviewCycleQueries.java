package ca.gc.ircc.governance.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import ca.gc.ircc.governance.NotFoundException;
import ca.gc.ircc.governance.consultation.CommentDisposition;
import ca.gc.ircc.governance.consultation.ConsultationResponse;
import ca.gc.ircc.governance.consultation.ConsultationRound;
import ca.gc.ircc.governance.consultation.Consultations;
import ca.gc.ircc.governance.distribution.DistributionRecord;
import ca.gc.ircc.governance.distribution.DistributionRecordRepository;
import ca.gc.ircc.governance.endorsement.Endorsements;
import ca.gc.ircc.governance.endorsement.ImcDecision;
import ca.gc.ircc.governance.identity.AccessPolicy;
import ca.gc.ircc.governance.identity.CurrentUser;
import ca.gc.ircc.governance.identity.Groups;
import ca.gc.ircc.governance.memo.DmMemo;
import ca.gc.ircc.governance.memo.Memos;
import ca.gc.ircc.governance.strategy.StrategyVersion;
import ca.gc.ircc.governance.strategy.StrategyVersionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the view of a review cycle from the application's records and the engine's open tasks. */
@Service
@Transactional(readOnly = true)
class ReviewCycleQueries {

	private final ReviewCycles reviewCycles;

	private final ReviewCycleEngine engine;

	private final Consultations consultations;

	private final Endorsements endorsements;

	private final Memos memos;

	private final StrategyVersionRepository versions;

	private final DistributionRecordRepository distributionRecords;

	private final AccessPolicy access;

	ReviewCycleQueries(ReviewCycles reviewCycles, ReviewCycleEngine engine, Consultations consultations,
			Endorsements endorsements, Memos memos, StrategyVersionRepository versions,
			DistributionRecordRepository distributionRecords, AccessPolicy access) {
		this.reviewCycles = reviewCycles;
		this.engine = engine;
		this.consultations = consultations;
		this.endorsements = endorsements;
		this.memos = memos;
		this.versions = versions;
		this.distributionRecords = distributionRecords;
		this.access = access;
	}

	/**
	 * IIR and administrators see the whole cycle; the IMC, the SADM and the DM see it once it has
	 * reached them; a consultee sees its own consultation entry only; anyone else is answered as if
	 * the cycle did not exist.
	 */
	ReviewCycleView view(String businessKey, CurrentUser user) {
		ReviewCycle cycle = reviewCycles.require(businessKey);
		List<String> stage = cycle.isRunning() ? engine.stage(businessKey) : List.of(cycle.getEndState());
		ImcDecision imc = endorsements.latest(businessKey).orElse(null);
		DmMemo memo = memos.latest(businessKey).orElse(null);
		boolean seesAll = seesWholeCycle(user, stage, imc, memo);
		ConsultationRound round = consultations.latestRound(businessKey).orElse(null);
		List<ConsultationResponse> responses = round == null ? List.of() : consultations.responses(round.getId());
		List<ConsultationResponse> visible = responses.stream()
			.filter(r -> seesAll || user.isMemberOf(r.getConsultee()))
			.toList();
		if (!seesAll && visible.isEmpty()) {
			throw new NotFoundException("No review cycle " + businessKey);
		}
		Map<Long, CommentDisposition> dispositions = consultations.dispositionsOf(visible);
		List<ReviewCycleView.ConsultationEntry> entries = visible.stream().map(r -> {
			CommentDisposition d = dispositions.get(r.getId());
			return new ReviewCycleView.ConsultationEntry(r.getConsultee(),
					r.getPosition() == null ? null : r.getPosition().name(), r.getComments(), r.getRespondedAt(),
					d == null ? null : d.getDisposition().name(), d == null ? null : d.getRationale());
		}).toList();
		if (!seesAll) {
			return new ReviewCycleView(businessKey, cycle.getStrategyCode(), stage, cycle.getEndState(), null, null,
					round == null ? null : round.getNumber(), round == null ? null : round.getDue(), entries, null,
					null, null, null, null, null, null);
		}
		StrategyVersion version = round == null ? null : versions.findById(round.getVersionId()).orElse(null);
		List<String> distributedTo = distributionRecords.findByBusinessKeyOrderByOrganizationCode(businessKey)
			.stream()
			.map(DistributionRecord::getOrganizationCode)
			.toList();
		Instant due = round == null ? null : round.getDue();
		return new ReviewCycleView(businessKey, cycle.getStrategyCode(), stage, cycle.getEndState(),
				version == null ? null : version.getLabel(), version == null ? null : version.getStatus().name(),
				round == null ? null : round.getNumber(), due, entries,
				imc == null ? null : imc.getDecision().name(), imc == null ? null : imc.getMeetingDate(),
				imc == null ? null : imc.getConditions(), memo == null ? null : memo.getPurpose().name(),
				memo == null ? null : memo.getSadmApproved(),
				memo == null || memo.getDmDecision() == null ? null : memo.getDmDecision().name(),
				distributedTo.isEmpty() ? null : distributedTo);
	}

	private boolean seesWholeCycle(CurrentUser user, List<String> stage, ImcDecision imc, DmMemo memo) {
		if (access.seesEveryReviewCycle(user)) {
			return true;
		}
		boolean reachedImc = imc != null || stage.contains(ReviewProcess.IMC_ENDORSEMENT);
		boolean reachedSadm = memo != null || stage.contains(ReviewProcess.APPROVE_DM_MEMO);
		boolean reachedDm = (memo != null && Boolean.TRUE.equals(memo.getSadmApproved()))
				|| stage.contains(ReviewProcess.DM_REVIEW);
		return (user.isMemberOf(Groups.IMC) && reachedImc) || (user.isMemberOf(Groups.SADM) && reachedSadm)
				|| (user.isMemberOf(Groups.DM) && reachedDm);
	}

}
