package io.xinwen.model;

import java.math.BigDecimal;

/**
 * A money amount, percentage or quantity: exact {@code value} (low end of a range), optional
 * {@code valueMax} (high end of a range, else null), {@code unit} (ISO 4217, "%", "pp", SI symbol or
 * measure word), {@code approx} (exact|about|over|under), span [start, end) and the producing rule id.
 */
public record Amount(
    String kind,
    String text,
    BigDecimal value,
    BigDecimal valueMax,
    String unit,
    String approx,
    int start,
    int end,
    String rule) {
  public static final String MONEY = "money";
  public static final String PERCENT = "percent";
  public static final String QUANTITY = "quantity";
  public static final String ORDINAL = "ordinal";
  public static final String DURATION = "duration";
}
