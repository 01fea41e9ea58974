package io.xinwen.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.xinwen.model.Article;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer process killed with SIGKILL mid-run leaves a readable index; a rerun completes it without duplicates. */
class KilledWriterTest {
  static final int ARTICLES = 300;

  @TempDir Path dir;

  /** Article {@code i}: fixture article {@code i % 3} under id {@code k<i>}. */
  static Article article(int i) {
    Article base = TestArticles.fixture().get(i % 3);
    return new Article(base.source(), "k" + i, base.published(), base.referenceDate(), base.title(), base.subtitle(),
        base.authors(), base.dateline(), base.sections(), base.captions(), base.text(), base.countries(), base.amounts(),
        base.dates(), base.quotes(), base.persons(), base.offsets(), base.diagnostics());
  }

  static int factsOf(int i) {
    return XinwenIndex.factsByKind(article(i)).values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The child process: indexes the articles over and over, committing every 25 and saying so, until killed. */
  public static void main(String[] args) {
    try (XinwenIndex index = XinwenIndex.open(Path.of(args[0]))) {
      for (int i = 0; ; i++) {
        index.add(article(i % ARTICLES));
        if (i % 25 == 24) {
          index.commit();
          System.out.println("committed " + (i + 1));
        }
      }
    }
  }

  @Test
  void killedMidRunThenRerun() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        KilledWriterTest.class.getName(), dir.toString())
        .redirectErrorStream(true).start();
    List<String> seen = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        seen.add(line);
        if (line.equals("committed 100")) break; // mid-run: more adds are in flight, uncommitted
      }
      assertThat(seen).as("child output").contains("committed 100");
      child.destroyForcibly(); // SIGKILL: no close, no commit, write.lock left behind
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }

    try (XinwenIndex reopened = XinwenIndex.open(dir)) {
      long present = 0;
      long expectedFacts = 0;
      for (int i = 0; i < ARTICLES; i++) {
        if (reopened.contains("k" + i)) {
          present++;
          expectedFacts += factsOf(i);
        }
      }
      assertThat(present).isGreaterThanOrEqualTo(100).isEqualTo(reopened.articleCount());
      assertThat(reopened.factCount()).as("every article complete with all its facts").isEqualTo(expectedFacts);

      for (int i = 0; i < ARTICLES; i++) reopened.add(article(i)); // the rerun
      reopened.commit();
      long allFacts = 0;
      for (int i = 0; i < ARTICLES; i++) allFacts += factsOf(i);
      assertThat(reopened.articleCount()).isEqualTo(ARTICLES);
      assertThat(reopened.factCount()).isEqualTo(allFacts);
      assertThat(reopened.facts(FactQuery.builder().speaker("谢赫").limit(1).build()).total()).isEqualTo(ARTICLES / 3);
    }
  }
}
