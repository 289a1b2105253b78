package ca.gc.ircc.governance.strategy;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One of the four Strategic Priorities a strategy's activities align with. */
@Entity
@Table(name = "strategic_priority")
@IdClass(StrategicPriority.Key.class)
public class StrategicPriority {

	@Id
	@Column(name = "strategy_code")
	private String strategyCode;

	@Id
	private int number;

	@Column(name = "title_en")
	private String titleEn;

	@Column(name = "title_fr")
	private String titleFr;

	protected StrategicPriority() {
	}

	public String getStrategyCode() {
		return strategyCode;
	}

	public int getNumber() {
		return number;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public String getTitleFr() {
		return titleFr;
	}

	public record Key(String strategyCode, int number) implements Serializable {
		public Key() {
			this(null, 0);
		}
	}

}
