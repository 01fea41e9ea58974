package io.xinwen.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** True/false positives and false negatives, with precision, recall and F1. */
public record Score(int tp, int fp, int fn) {
  public static final Score ZERO = new Score(0, 0, 0);

  /** Multiset comparison of predicted against gold keys. */
  public static Score multiset(List<String> predicted, List<String> gold) {
    Map<String, Integer> left = new HashMap<>();
    for (String g : gold) left.merge(g, 1, Integer::sum);
    int tp = 0;
    int fp = 0;
    for (String p : predicted) {
      Integer n = left.get(p);
      if (n != null && n > 0) {
        left.put(p, n - 1);
        tp++;
      } else {
        fp++;
      }
    }
    return new Score(tp, fp, gold.size() - tp);
  }

  public Score plus(Score o) {
    return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  public double precision() {
    return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format("P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(), tp, fp, fn);
  }
}
