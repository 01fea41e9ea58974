package io.xinwen.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.xinwen.Xinwen;
import io.xinwen.io.InputItem;
import io.xinwen.model.Article;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An Error while indexing (out of memory) must leave every input of the batch accounted for, as skipped with a reason. */
class ArchiveIndexerErrorTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void anOutOfMemoryErrorSkipsItsBatchWithAReasonAndTheRunGoesOn(int threads) throws IOException {
    int n = ArchiveIndexer.BATCH_ARTICLES + 3; // two batches: the first fails, the second is indexed
    for (int i = 0; i < n; i++) {
      String body = i == 5 ? "这一篇太大了。" : "中国和哈萨克斯坦签署第" + i + "项协议。";
      Files.writeString(dir.resolve(String.format("a%03d.txt", i)), "标题" + i + "\n\n" + body + "\n");
    }
    List<String> added = Collections.synchronizedList(new ArrayList<>());
    ArticleIndex index = (ArticleIndex) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ArticleIndex.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "addAll" -> {
            @SuppressWarnings("unchecked")
            List<Article> batch = (List<Article>) args[0];
            if (batch.stream().anyMatch(a -> a.text().contains("太大"))) throw new OutOfMemoryError("Java heap space");
            batch.forEach(a -> added.add(a.source()));
            yield null;
          }
          case "add" -> {
            added.add(((Article) args[0]).source());
            yield null;
          }
          case "commit", "close" -> null;
          default -> throw new UnsupportedOperationException(method.getName());
        });

    ArchiveIndexer.Summary s = new ArchiveIndexer(Xinwen.pipeline().build(), threads, 1000).run(List.of(dir.toString()), index, null);

    List<String> skipped = s.skipped().stream().map(InputItem.Skipped::source).toList();
    assertThat(s.articles() + s.skipped().size()).as("every input accounted for").isEqualTo(n);
    assertThat(skipped).hasSize(ArchiveIndexer.BATCH_ARTICLES).anyMatch(src -> src.endsWith("a005.txt"));
    assertThat(s.skipped()).allSatisfy(k -> assertThat(k.reason()).contains("out of memory").contains("chars").contains("-Xmx"));
    assertThat(added).hasSize(3).doesNotContainAnyElementsOf(skipped);
    assertThat(s.articles()).isEqualTo(3);
  }
}
