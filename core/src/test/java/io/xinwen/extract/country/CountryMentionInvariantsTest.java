package io.xinwen.extract.country;

import static org.assertj.core.api.Assertions.assertThat;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.model.CountryMention;
import io.xinwen.testing.Corpus;
import io.xinwen.testing.CorpusCase;
import io.xinwen.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Invariants of every extraction, over the corpus and (when {@code ../shared} is there) the
 * SIGHAN 2005 news text: spans match their text, rule ids and codes are known, mentions come in
 * text order, and two mentions either share one span (letters of a compound) or do not overlap.
 */
class CountryMentionInvariantsTest {
  private static final CountryExtractor EXTRACTOR = new CountryExtractor();

  @Test
  void invariantsHoldOnRealText() throws IOException {
    List<String> texts = new ArrayList<>();
    for (CorpusCase c : Corpus.cases()) texts.add(c.raw());
    Optional<Path> shared = TestPaths.shared();
    if (shared.isPresent()) {
      Path pku = shared.get().resolve("data/sighan2005/pku_test.utf8");
      if (Files.exists(pku)) texts.addAll(Files.readAllLines(pku, StandardCharsets.UTF_8));
    }
    assertThat(texts).isNotEmpty();
    Set<String> rules = Set.copyOf(EXTRACTOR.ruleIds());
    Set<String> codes = CountryGazetteer.defaults().entries().stream()
        .map(CountryGazetteer.Entry::code).collect(Collectors.toSet());
    int found = 0;
    for (String text : texts) {
      List<CountryMention> ms = EXTRACTOR.extract(ExtractionContext.of(text, null));
      assertThat(EXTRACTOR.extract(ExtractionContext.of(text, null))).isEqualTo(ms);
      for (int k = 0; k < ms.size(); k++) {
        CountryMention m = ms.get(k);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        assertThat(rules).contains(m.rule());
        assertThat(codes).contains(m.code());
        if (k > 0) {
          CountryMention p = ms.get(k - 1);
          assertThat(p.start()).isLessThanOrEqualTo(m.start());
          boolean sameSpan = p.start() == m.start() && p.end() == m.end();
          assertThat(sameSpan || p.end() <= m.start()).as("%s overlaps %s", p, m).isTrue();
        }
      }
      found += ms.size();
    }
    assertThat(found).isPositive();
  }
}
