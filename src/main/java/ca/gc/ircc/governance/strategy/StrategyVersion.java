package ca.gc.ircc.governance.strategy;

import java.time.Instant;
import java.time.LocalDate;

import ca.gc.ircc.governance.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "strategy_version")
public class StrategyVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "strategy_code")
	private String strategyCode;

	private String label;

	@Enumerated(EnumType.STRING)
	private StrategyVersionStatus status;

	@Column(name = "review_business_key")
	private String reviewBusinessKey;

	@Column(name = "imc_endorsed_on")
	private LocalDate imcEndorsedOn;

	@Column(name = "in_effect_since")
	private LocalDate inEffectSince;

	@Column(name = "superseded_on")
	private LocalDate supersededOn;

	@Column(name = "created_at")
	private Instant createdAt;

	/** The text under review, edited by IIR while drafting. */
	@Column(name = "draft_text")
	private String draftText;

	protected StrategyVersion() {
	}

	public StrategyVersion(String strategyCode, String label, String reviewBusinessKey, Instant createdAt) {
		this.strategyCode = strategyCode;
		this.label = label;
		this.reviewBusinessKey = reviewBusinessKey;
		this.status = StrategyVersionStatus.DRAFT;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public String getStrategyCode() {
		return strategyCode;
	}

	public String getLabel() {
		return label;
	}

	public StrategyVersionStatus getStatus() {
		return status;
	}

	public String getReviewBusinessKey() {
		return reviewBusinessKey;
	}

	public LocalDate getImcEndorsedOn() {
		return imcEndorsedOn;
	}

	public LocalDate getInEffectSince() {
		return inEffectSince;
	}

	public LocalDate getSupersededOn() {
		return supersededOn;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getDraftText() {
		return draftText;
	}

	/**
	 * The draft travels to each task's form as a process variable, and Camunda holds a text variable
	 * in 4,000 characters at most: a longer draft could not be shown to the consultees.
	 */
	public static final int MAX_DRAFT_LENGTH = 4000;

	public void revise(String text) {
		if (text != null && text.length() > MAX_DRAFT_LENGTH) {
			throw new InvalidInputException("draftText", "the draft text may hold at most " + MAX_DRAFT_LENGTH
					+ " characters (it has " + text.length() + "): summarize it, and keep the full document in the records system");
		}
		this.draftText = text;
	}

	public void moveTo(StrategyVersionStatus next) {
		this.status = next;
	}

	public void endorse(LocalDate meetingDate) {
		this.imcEndorsedOn = meetingDate;
		this.status = StrategyVersionStatus.ENDORSED;
	}

	public void putInEffect(LocalDate since) {
		this.inEffectSince = since;
		this.status = StrategyVersionStatus.IN_EFFECT;
	}

	public void supersede(LocalDate on) {
		this.supersededOn = on;
		this.status = StrategyVersionStatus.SUPERSEDED;
	}

}
