package io.xinwen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index / search / facts / stats end to end through {@link Main#run}: outputs, formats and exit codes. */
class IndexCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private Path smallArchive() throws IOException {
    Path jsonl = tmp.resolve("archive.jsonl.gz");
    String lines = String.join("\n",
        "{\"id\":\"pv-1\",\"published\":\"2025-03-01\",\"title\":\"光伏\",\"text\":\"乌兹别克斯坦光伏电站并网发电\\n项目由中国企业承建。\"}",
        "{\"id\":\"grain-1\",\"published\":\"2024-05-02\",\"text\":\"哈萨克斯坦粮食出口创新高\\n粮食出口增长明显。\"}",
        "{\"id\":\"bad\",\"published\":\"soon\",\"text\":\"日期不对\"}",
        "not json");
    try (var out = new GZIPOutputStream(Files.newOutputStream(jsonl))) {
      out.write(lines.getBytes(StandardCharsets.UTF_8));
    }
    return jsonl;
  }

  @Test
  void indexReportsArticlesAndSkippedInputsAndIsIdempotent() throws IOException {
    Path idx = tmp.resolve("idx");
    Path archive = smallArchive();
    CliRun run = CliRun.of("index", "--index", idx.toString(), "--threads", "2", "--commit-every", "1", archive.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).startsWith("Indexed 2 articles (2 skipped) into " + idx);
    assertThat(run.err()).contains("skipped 2 inputs")
        .contains(archive + ":3: \"published\" is not a date")
        .contains(archive + ":4: malformed JSON");
    CliRun again = CliRun.of("index", "--index", idx.toString(), archive.toString());
    assertThat(again.out()).startsWith("Indexed 2 articles (2 skipped)");
    CliRun stats = CliRun.of("stats", "--index", idx.toString(), "--format", "json");
    assertThat(stats.code()).isZero();
    JsonNode s = JSON.readTree(stats.out());
    assertThat(s.get("articles").asLong()).isEqualTo(2);
    assertThat(s.get("years").get("2025").asLong()).isEqualTo(1);
    assertThat(s.get("years").get("2024").asLong()).isEqualTo(1);
  }

  @Test
  void searchPrintsHighlightedSnippetsAndJsonWithOffsets() throws IOException {
    Path idx = tmp.resolve("idx");
    assertThat(CliRun.of("index", "--index", idx.toString(), smallArchive().toString()).code()).isEqualTo(1);

    CliRun text = CliRun.of("search", "--index", idx.toString(), "光伏");
    assertThat(text.code()).isZero();
    assertThat(text.out()).startsWith("1 article\n").contains("【光伏】电站并网发电");

    CliRun json = CliRun.of("search", "--index", idx.toString(), "粮食出口", "--format", "json");
    JsonNode hits = JSON.readTree(json.out());
    assertThat(hits.get("total").asLong()).isEqualTo(1);
    JsonNode hit = hits.get("hits").get(0);
    assertThat(hit.get("article").get("id").asText()).isEqualTo("grain-1");
    assertThat(hit.get("article").get("published").asText()).isEqualTo("2024-05-02");
    int highlights = 0;
    for (JsonNode sn : hit.get("snippets")) {
      for (JsonNode h : sn.get("highlights")) {
        int from = h.get("start").asInt() - sn.get("start").asInt();
        int to = h.get("end").asInt() - sn.get("start").asInt();
        assertThat(sn.get("text").asText().substring(from, to)).isEqualTo("粮食出口");
        highlights++;
      }
    }
    assertThat(highlights).isEqualTo(2);

    assertThat(CliRun.of("search", "--index", idx.toString(), "光伏", "--from", "2025-04").out()).startsWith("0 articles");
    assertThat(CliRun.of("search", "--index", idx.toString(), "出口 OR 光伏", "--to", "2024").out()).startsWith("1 article\n");
  }

  @Test
  void badQueriesAreOneLineErrorsWithExitCode2() throws IOException {
    Path idx = tmp.resolve("idx");
    CliRun.of("index", "--index", idx.toString(), smallArchive().toString());
    List<List<String>> bad = List.of(
        List.of("facts", "--kind", "moneys"),
        List.of("facts", "--min", "lots"),
        List.of("facts", "--from", "2025-13-01"),
        List.of("facts", "--country", "Pakistan"),
        List.of("facts", "--text", "光伏 AND ("),
        List.of("search", "光伏 AND ("),
        List.of("search", "光伏", "--to", "yesterday"));
    for (List<String> args : bad) {
      String[] full = concat(args, "--index", idx.toString());
      CliRun r = CliRun.of(full);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
      assertThat(r.err()).startsWith("xinwen: ");
    }
    for (String cmd : List.of("facts", "stats", "search")) {
      CliRun r = cmd.equals("search") ? CliRun.of(cmd, "--index", tmp.resolve("none").toString(), "光伏")
          : CliRun.of(cmd, "--index", tmp.resolve("none").toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("xinwen: no xinwen index at " + tmp.resolve("none")
          + " (build one with: xinwen index --index " + tmp.resolve("none") + " PATH...)\n");
    }
  }

  private static String[] concat(List<String> args, String... more) {
    return java.util.stream.Stream.concat(args.stream(), java.util.Arrays.stream(more)).toArray(String[]::new);
  }

  @Test
  void demoIndexesTheCorpusAndPrintsSamples() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Path corpus = CliRun.repoRoot().resolve("corpus");
    var s = IndexDemo.run(corpus, tmp.resolve("demo-index"), new PrintStream(buf, true, StandardCharsets.UTF_8));
    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(s.articles()).isGreaterThan(0);
    assertThat(s.skipped()).isEmpty();
    assertThat(out).startsWith("Indexed " + s.articles() + " articles (0 skipped)")
        .contains("Sample: ./xinwen facts --kind money --unit USD --min 1e9")
        .contains("Sample: ./xinwen search 合作 --limit 3");
  }
}
