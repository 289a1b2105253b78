package ca.gc.ircc.governance.strategy;

/** A strategy by its code and its bilingual title, as {@link StrategyNames} keeps it. */
public record StrategyName(String code, String titleEn, String titleFr) {

}
