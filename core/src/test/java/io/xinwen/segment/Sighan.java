package io.xinwen.segment;

import io.xinwen.testing.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One SIGHAN 2005 bakeoff set (PKU or MSR) from {@code ../shared/data/sighan2005/}, scored the
 * bakeoff way: a system word is correct when its span equals a gold word's span.
 *
 * <p>Spans are offsets in the whole test text with all whitespace (and line breaks) removed. That
 * both ignores whitespace, as the bakeoff does, and aligns the 8 MSR line pairs whose opening quote
 * sits at the end of the previous gold line: the char streams are identical (checked), only the
 * line break moved, so span offsets agree without a per-line alignment.
 */
record Sighan(String name, List<String> rawLines, Set<Long> goldSpans, Set<Long> oovSpans, Set<Long> dotNameSpans, String chars) {

  static Optional<Path> folder() {
    return TestPaths.shared().map(s -> s.resolve("data/sighan2005")).filter(Files::isDirectory);
  }

  static Sighan load(Path dir, String set) {
    try {
      List<String> raw = Files.readAllLines(dir.resolve(set + "_test.utf8"), StandardCharsets.UTF_8);
      List<String> gold = Files.readAllLines(dir.resolve(set + "_test_gold.utf8"), StandardCharsets.UTF_8);
      Set<String> train = new HashSet<>(Files.readAllLines(dir.resolve(set + "_training_words.utf8"), StandardCharsets.UTF_8));
      Set<Long> spans = new HashSet<>();
      Set<Long> oov = new HashSet<>();
      Set<Long> dotNames = new HashSet<>();
      StringBuilder chars = new StringBuilder();
      for (String line : gold) {
        for (String w : line.strip().split("\\s+")) {
          if (w.isEmpty()) continue;
          long span = span(chars.length(), chars.length() + w.length());
          spans.add(span);
          if (!train.contains(w)) oov.add(span);
          if (w.matches("\\p{IsHan}+(·\\p{IsHan}+)+(—\\p{IsHan}+)?")) dotNames.add(span);
          chars.append(w);
        }
      }
      return new Sighan(set, raw, spans, oov, dotNames, chars.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long span(int start, int end) {
    return ((long) start << 32) | end;
  }

  /** Scores a segmenter that returns the words of one raw line (whitespace words are ignored). */
  Result score(Function<String, List<String>> segmenter) {
    int pos = 0;
    int system = 0;
    int correct = 0;
    int oovCorrect = 0;
    int dotCorrect = 0;
    StringBuilder seen = new StringBuilder(chars.length());
    for (String line : rawLines) {
      for (String word : segmenter.apply(line)) {
        String w = word.replaceAll("[\\s\\u3000]", "");
        if (w.isEmpty()) continue;
        long span = span(pos, pos + w.length());
        system++;
        if (goldSpans.contains(span)) {
          correct++;
          if (oovSpans.contains(span)) oovCorrect++;
          if (dotNameSpans.contains(span)) dotCorrect++;
        }
        pos += w.length();
        seen.append(w);
      }
    }
    if (!seen.toString().equals(chars)) {
      throw new AssertionError(name + ": segmented text differs from the gold text (a segmenter lost or changed chars)");
    }
    double p = correct / (double) system;
    double r = correct / (double) goldSpans.size();
    return new Result(p, r, 2 * p * r / (p + r), oovCorrect / (double) oovSpans.size(),
        dotCorrect / (double) dotNameSpans.size(), dotNameSpans.size());
  }

  record Result(double precision, double recall, double f1, double oovRecall, double dotNameRecall, int dotNames) {
    @Override
    public String toString() {
      return String.format("P=%.4f R=%.4f F1=%.4f OOV-R=%.4f ·-name R=%.3f (of %d)", precision, recall, f1, oovRecall, dotNameRecall, dotNames);
    }
  }
}
