package io.xinwen.extract.number;

import java.math.BigDecimal;

/**
 * A numeral found in text: span [start, end), exact {@code low} value, {@code high} value when the
 * numeral itself is a range ({@code 三四十}, {@code 十几}, {@code 数十}), else null. {@code over}
 * marks an inner 多/余 ({@code 20多万}, {@code 二百余}); {@code scale} is the trailing scale factor
 * ({@code 5亿} → 10^8, {@code 3千万} → 10^7, else 1) so a bare range start can borrow it
 * ({@code 3至5亿}); {@code chinese} is true when the numeral has no Arabic digit.
 */
public record Numeral(
    int start, int end, BigDecimal low, BigDecimal high, boolean over, BigDecimal scale, boolean chinese) {

  /** True when the numeral states a range. */
  public boolean isRange() {
    return high != null;
  }

  /** True when the numeral carries a big scale word (万, 亿). */
  public boolean scaled() {
    return scale.compareTo(BigDecimal.ONE) > 0;
  }
}
