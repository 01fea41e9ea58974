package io.xinwen.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xinwen.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Idempotency, replacement, crash recovery, read-only access and concurrent use. */
class IndexLifecycleTest {
  @TempDir Path dir;

  private static final List<Article> ARTICLES = TestArticles.fixture();

  @Test
  void indexingTwiceGivesTheSameCounts() {
    try (XinwenIndex index = XinwenIndex.open(dir)) {
      ARTICLES.forEach(index::add);
      index.commit();
      IndexStats once = index.stats(100);
      ARTICLES.forEach(index::add);
      index.commit();
      assertThat(index.stats(100)).isEqualTo(once);
      assertThat(once.articles()).isEqualTo(3);
      assertThat(once.facts()).isEqualTo(14);
    }
    try (XinwenIndex index = XinwenIndex.open(dir)) {
      ARTICLES.forEach(index::add);
      assertThat(index.articleCount()).isEqualTo(3);
      assertThat(index.factCount()).isEqualTo(14);
    }
  }

  @Test
  void reAddingAnArticleReplacesItsArticleAndAllItsFactDocuments() {
    try (XinwenIndex index = XinwenIndex.open(dir)) {
      ARTICLES.forEach(index::add);
      Article a2 = ARTICLES.get(1);
      Article smaller = TestArticles.article("a2", "2024-03-10", a2.text().split("\n"))
          .country("PK", "巴基斯坦")
          .amount("quantity", "500兆瓦", "500", "MW", "exact")
          .build();
      index.add(smaller);
      assertThat(index.articleCount()).isEqualTo(3);
      assertThat(index.factCount()).isEqualTo(14 - 4 + 1);
      assertThat(index.facts(FactQuery.builder().speaker("谢赫").build()).total()).isZero();
      assertThat(index.search(new SearchQuery("光伏", "CN", null, null, 10)).hits())
          .extracting(h -> h.article().id()).containsExactly("a1");
      index.delete("a2");
      assertThat(index.contains("a2")).isFalse();
      assertThat(index.contains("a1")).isTrue();
      assertThat(index.factCount()).isEqualTo(14 - 4);
    }
  }

  @Test
  void aWriterKilledBeforeCommitLeavesTheLastCommitAndARerunCompletesWithoutDuplicates(@TempDir Path crashed) throws IOException {
    XinwenIndex index = XinwenIndex.open(dir);
    index.add(ARTICLES.get(0));
    index.commit();
    index.add(ARTICLES.get(1));
    index.add(ARTICLES.get(2));
    index.add(ARTICLES.get(0)); // a re-add in flight deletes the committed copy, uncommitted
    index.flushWithoutCommit(); // uncommitted segments are on disk, as when a process is killed
    copyExceptLock(dir, crashed); // the files a kill -9 at this moment would leave behind
    index.abandon();

    for (Path d : List.of(crashed, dir)) {
      try (XinwenIndex reopened = XinwenIndex.open(d)) {
        assertThat(reopened.articleCount()).as(d.toString()).isEqualTo(1);
        assertThat(reopened.factCount()).isEqualTo(5);
        ARTICLES.forEach(reopened::add); // the rerun
        reopened.commit();
        assertThat(reopened.articleCount()).isEqualTo(3);
        assertThat(reopened.factCount()).isEqualTo(14);
        assertThat(reopened.search(SearchQuery.of("光伏")).total()).isEqualTo(2);
      }
    }
  }

  private static void copyExceptLock(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        if (!f.getFileName().toString().equals("write.lock")) Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }

  @Test
  void readOnlyIndexSeesCommitsAndRejectsWrites() {
    try (XinwenIndex writer = XinwenIndex.open(dir)) {
      writer.add(ARTICLES.get(0));
      writer.commit();
      try (XinwenIndex reader = XinwenIndex.openReadOnly(dir)) {
        assertThat(reader.articleCount()).isEqualTo(1);
        writer.add(ARTICLES.get(1));
        assertThat(reader.articleCount()).as("uncommitted").isEqualTo(1);
        writer.commit();
        assertThat(reader.articleCount()).isEqualTo(2);
        assertThatThrownBy(() -> reader.add(ARTICLES.get(2))).isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
      }
    }
  }

  @Test
  void aSecondWriterIsRefusedWithAClearError() {
    try (XinwenIndex writer = XinwenIndex.open(dir)) {
      assertThatThrownBy(() -> XinwenIndex.open(dir))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("index " + dir + " is being written by another process (" + dir.resolve("write.lock") + " is held)");
      writer.add(ARTICLES.get(0));
    }
  }

  @Test
  void missingIndexIsAClearError(@TempDir Path empty) {
    Path nowhere = empty.resolve("no-such-index");
    assertThatThrownBy(() -> XinwenIndex.openReadOnly(nowhere))
        .isInstanceOf(MissingIndexException.class).hasMessageContaining("no xinwen index at " + nowhere);
    assertThatThrownBy(() -> XinwenIndex.openReadOnly(empty))
        .isInstanceOf(MissingIndexException.class).hasMessageContaining("no xinwen index at " + empty);
    assertThat(Files.exists(nowhere)).isFalse();
  }

  @Test
  void oneWriterManyReadersAtOnce() throws Exception {
    int articles = 60;
    List<Article> many = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      Article base = ARTICLES.get(i % 3);
      many.add(TestArticles.article("n" + i, base.published().toString(), base.text().split("\n"))
          .country("CN", "中").amount("percent", base.title().substring(0, 2), "1", "%", "exact").build());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (XinwenIndex index = XinwenIndex.open(dir)) {
      List<Future<?>> jobs = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        int first = w;
        jobs.add(pool.submit(() -> {
          for (int i = first; i < articles; i += 2) index.add(many.get(i));
        }));
      }
      for (int r = 0; r < 2; r++) {
        jobs.add(pool.submit(() -> {
          long last = 0;
          for (int i = 0; i < 30; i++) {
            long n = index.facts(FactQuery.builder().unit("%").limit(5).build()).total();
            assertThat(n).isGreaterThanOrEqualTo(last); // nothing ever disappears mid-run
            last = n;
            index.search(SearchQuery.of("光伏"));
          }
        }));
      }
      for (Future<?> f : jobs) f.get(60, TimeUnit.SECONDS);
      index.commit();
      assertThat(index.articleCount()).isEqualTo(articles);
      assertThat(index.factCount()).isEqualTo(articles);
    } finally {
      pool.shutdownNow();
    }
  }
}
