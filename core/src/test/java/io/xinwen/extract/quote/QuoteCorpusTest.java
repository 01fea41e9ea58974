package io.xinwen.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinwen.model.Article;
import io.xinwen.model.Quote;
import io.xinwen.testing.Corpus;
import io.xinwen.testing.CorpusCase;
import io.xinwen.testing.Score;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Quotes against every {@code corpus/*.gold.json}. A predicted quote matches a gold one when its
 * span covers at least half of the gold words (located in the article text, piece by piece for
 * split and multi-paragraph quotes) and the speaker names are equal (both null counts). Fails
 * below 0.90 precision or recall; the corpus must hold at least 60 gold quotes and every
 * pattern of the annotation guide at least three times.
 */
class QuoteCorpusTest {
  private static final double THRESHOLD = 0.90;
  private static final List<String> PATTERNS =
      List.of("speaker-after", "colon", "split", "indirect", "according-to", "speech-noun", "pronoun");

  @Test
  void quotesMatchTheGold() {
    List<CorpusCase> cases = Corpus.cases();
    assertThat(cases).isNotEmpty();
    Score total = Score.ZERO;
    Map<String, int[]> byPattern = new TreeMap<>();
    StringBuilder table = new StringBuilder(String.format("%-32s %s%n", "article", "quotes"));
    StringBuilder misses = new StringBuilder();
    int[] fields = new int[4];
    StringBuilder structureMisses = new StringBuilder();
    for (CorpusCase c : cases) {
      Article a = Corpus.process(c);
      String text = a.text();
      List<Quote> predicted = a.quotes();
      boolean[] used = new boolean[predicted.size()];
      int tp = 0;
      for (JsonNode g : c.gold().path("quotes")) {
        String pattern = g.path("pattern").asText();
        int[] counts = byPattern.computeIfAbsent(pattern, k -> new int[2]);
        counts[0]++;
        BitSet gold = locate(text, g.get("text").asText());
        String goldSpeaker = g.path("speaker").path("name").isTextual() ? g.path("speaker").path("name").asText() : null;
        int match = -1;
        for (int i = 0; i < predicted.size() && match < 0; i++) {
          if (!used[i] && matches(predicted.get(i), gold, goldSpeaker)) match = i;
        }
        if (match >= 0) {
          used[match] = true;
          tp++;
          counts[1]++;
          structure(predicted.get(match), g.path("speaker"), fields, structureMisses, c.name());
        } else {
          misses.append("  MISSED ").append(c.name()).append(" [").append(pattern).append("] ")
              .append(goldSpeaker).append(": ").append(g.get("text").asText()).append('\n');
        }
      }
      for (int i = 0; i < predicted.size(); i++) {
        if (!used[i]) {
          Quote q = predicted.get(i);
          misses.append("  EXTRA  ").append(c.name()).append(" [").append(q.rule()).append("] ")
              .append(q.speaker() == null ? null : q.speaker().name()).append(": ").append(q.text()).append('\n');
        }
      }
      Score s = new Score(tp, predicted.size() - tp, c.gold().path("quotes").size() - tp);
      total = total.plus(s);
      table.append(String.format("%-32s %s%n", c.name(), s));
    }
    table.append(String.format("%-32s %s%n", "TOTAL", total));
    byPattern.forEach((p, n) -> table.append(String.format("  pattern %-14s gold %3d  found %3d%n", p, n[0], n[1])));
    table.append(String.format("speaker structure of matched quotes (reported, not asserted): title %d/%d, organization %d/%d, country %d/%d%n",
        fields[0], fields[3], fields[1], fields[3], fields[2], fields[3]));
    System.out.println(table + misses.toString() + structureMisses);

    assertThat(total.tp() + total.fn()).as("gold quotes in the corpus").isGreaterThanOrEqualTo(60);
    for (String p : PATTERNS) {
      assertThat(byPattern.getOrDefault(p, new int[2])[0]).as("gold quotes of pattern " + p).isGreaterThanOrEqualTo(3);
    }
    assertThat(total.precision()).as("quote precision").isGreaterThanOrEqualTo(THRESHOLD);
    assertThat(total.recall()).as("quote recall").isGreaterThanOrEqualTo(THRESHOLD);
  }

  private static void structure(Quote q, JsonNode gold, int[] fields, StringBuilder misses, String article) {
    fields[3]++;
    String[] predicted = q.speaker() == null ? new String[3]
        : new String[] {q.speaker().title(), q.speaker().organization(), q.speaker().country()};
    String[] names = {"title", "organization", "country"};
    for (int k = 0; k < 3; k++) {
      String g = gold.path(names[k]).isTextual() ? gold.path(names[k]).asText() : null;
      if (Objects.equals(g, predicted[k])) {
        fields[k]++;
      } else {
        misses.append("  SPEAKER ").append(article).append(' ').append(names[k]).append(": predicted ")
            .append(predicted[k]).append(", gold ").append(g).append('\n');
      }
    }
  }

  private static boolean matches(Quote q, BitSet gold, String goldSpeaker) {
    String name = q.speaker() == null ? null : q.speaker().name();
    if (!Objects.equals(name, goldSpeaker)) return false;
    BitSet overlap = new BitSet();
    overlap.set(q.start(), q.end());
    overlap.and(gold);
    return gold.cardinality() > 0 && overlap.cardinality() * 2 >= gold.cardinality();
  }

  /**
   * Where the gold words stand in the article text: the whole text if it occurs, else piece by
   * piece (split quotes are joined, multi-paragraph quotes skip the marks), each piece the
   * longest next part of the gold text found after the previous one.
   */
  static BitSet locate(String text, String words) {
    BitSet at = new BitSet();
    int pos = 0;
    int i = 0;
    while (i < words.length()) {
      int found = -1;
      int len = words.length() - i;
      for (; len >= 2; len--) {
        found = text.indexOf(words.substring(i, i + len), pos);
        if (found >= 0) break;
      }
      if (found < 0) {
        i++;
        continue;
      }
      at.set(found, found + len);
      pos = found + len;
      i += len;
    }
    return at;
  }

  @Test
  void locatesSplitQuotesPieceByPiece() {
    String text = "“这是一个平台，”他说，“也是一个机遇。”";
    BitSet at = locate(text, "这是一个平台，也是一个机遇。");
    assertThat(at.cardinality()).isEqualTo(14);
    assertThat(at.get(0)).isFalse();
    assertThat(at.nextSetBit(0)).isEqualTo(1);
    List<Integer> gaps = new ArrayList<>();
    for (int k = at.nextClearBit(1); k < text.length() && k < at.length(); k = at.nextClearBit(k + 1)) gaps.add(k);
    assertThat(gaps).containsExactly(8, 9, 10, 11, 12);
  }
}
