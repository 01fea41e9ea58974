package io.xinwen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE = "中哈合作迈上新台阶\n2025-10-14 21:08:45　来源：新华网\n新华社塔什干10月14日电（记者 赵文）论坛14日开幕，近 400人出席。\n（完）\n";

  @TempDir Path tmp;

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String l : out.split("\n")) if (!l.isBlank()) nodes.add(JSON.readTree(l));
    return nodes;
  }

  @Test
  void everyCorpusFilePrintsValidContractJson() throws IOException {
    Path corpus = CliRun.repoRoot().resolve("corpus");
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      CliRun r = CliRun.of("extract", "--explain", f.toString());
      assertThat(r.code()).as(r.err()).isZero();
      JsonNode o = JSON.readTree(r.out());
      ContractAssert.valid(o, Files.readString(f));
      assertThat(o.get("source").asText()).isEqualTo(f.toString());
    }
  }

  @Test
  void aDirectoryGivesOneLinePerArticle() throws IOException {
    Path corpus = CliRun.repoRoot().resolve("corpus");
    long count;
    try (Stream<Path> s = Files.list(corpus)) {
      count = s.filter(p -> p.toString().endsWith(".txt")).count();
    }
    CliRun r = CliRun.of("extract", corpus.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> nodes = lines(r.out());
    assertThat(nodes).hasSize((int) count);
    for (JsonNode n : nodes) ContractAssert.valid(n, null);
  }

  @Test
  void jsonlInputEchoesIdsAndUsesPublishedAsReferenceDate() throws IOException {
    Path jsonl = tmp.resolve("archive.jsonl");
    Files.writeString(jsonl, String.join("\n",
        "{\"id\":\"a1\",\"text\":\"今年以来，合作成果丰硕。\",\"published\":\"2025-08-28\",\"source\":\"wire/1\"}",
        "{\"id\":\"a2\",\"text\":\"第二篇文章。\",\"title\":\"标题\"}"), StandardCharsets.UTF_8);
    CliRun r = CliRun.of("extract", jsonl.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> nodes = lines(r.out());
    assertThat(nodes).extracting(n -> n.get("id").asText()).containsExactly("a1", "a2");
    assertThat(nodes.get(0).get("referenceDate").asText()).isEqualTo("2025-08-28");
    assertThat(nodes.get(0).get("source").asText()).isEqualTo("wire/1");
    assertThat(nodes.get(1).get("referenceDate").isNull()).isTrue();
    assertThat(nodes.get(1).get("title").asText()).isEqualTo("标题");
  }

  @Test
  void dateOptionOverridesTheArticleDate() throws IOException {
    Path f = tmp.resolve("a.txt");
    Files.writeString(f, ARTICLE);
    JsonNode o = JSON.readTree(CliRun.of("extract", f.toString()).out());
    assertThat(o.get("published").asText()).isEqualTo("2025-10-14");
    assertThat(o.get("referenceDate").asText()).isEqualTo("2025-10-14");
    assertThat(o.get("dateline").get("date").asText()).isEqualTo("2025-10-14");
    JsonNode forced = JSON.readTree(CliRun.of("extract", "--date", "2026-01-02", f.toString()).out());
    assertThat(forced.get("referenceDate").asText()).isEqualTo("2026-01-02");
    assertThat(forced.get("published").asText()).isEqualTo("2025-10-14");
  }

  @Test
  void jsonlFormatPrintsOneLineEvenForOneArticle() {
    Path f = write("a.txt", ARTICLE, StandardCharsets.UTF_8);
    CliRun r = CliRun.of("extract", "--format", "jsonl", f.toString());
    assertThat(r.out().strip()).doesNotContain("\n");
  }

  @Test
  void decodesUtf8BomUtf16AndGb18030() throws IOException {
    byte[] bom = "\uFEFF".getBytes(StandardCharsets.UTF_8);
    Path utf8bom = tmp.resolve("bom.txt");
    Files.write(utf8bom, concat(bom, ARTICLE.getBytes(StandardCharsets.UTF_8)));
    Path utf16 = tmp.resolve("utf16.txt");
    Files.write(utf16, ("\uFEFF" + ARTICLE).getBytes(StandardCharsets.UTF_16LE));
    Path gbk = write("gbk.txt", ARTICLE, Charset.forName("GB18030"));
    for (Path p : List.of(utf8bom, utf16, gbk)) {
      CliRun r = CliRun.of("extract", p.toString());
      assertThat(r.code()).as(p + ": " + r.err()).isZero();
      assertThat(JSON.readTree(r.out()).get("title").asText()).as(p.toString()).isEqualTo("中哈合作迈上新台阶");
    }
  }

  @Test
  void readsGzippedArchives() throws IOException {
    Path gz = tmp.resolve("a.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("{\"id\":\"g1\",\"text\":\"压缩的文章。\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    CliRun r = CliRun.of("extract", gz.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(JSON.readTree(r.out()).get("id").asText()).isEqualTo("g1");
  }

  @Test
  void badInputsAreSkippedWithTheFileAndReasonAndExitOne() throws IOException {
    Path good = write("good.txt", ARTICLE, StandardCharsets.UTF_8);
    Path empty = write("empty.txt", "", StandardCharsets.UTF_8);
    Path binary = tmp.resolve("image.txt");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
    Path jsonl = write("bad.jsonl", "{\"id\":\"ok\",\"text\":\"正文。\"}\n{not json\n{\"id\":\"x\"}\n{\"text\":\"正文。\",\"published\":\"2025-02-30\"}\n",
        StandardCharsets.UTF_8);
    Path missing = tmp.resolve("missing.txt");
    CliRun r = CliRun.of("extract", good.toString(), empty.toString(), binary.toString(), jsonl.toString(), missing.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(lines(r.out())).hasSize(2); // good.txt and the one good JSONL line
    assertThat(r.err()).contains("skipped 6 inputs")
        .contains(empty + ": empty file")
        .contains(binary + ": binary file")
        .contains(jsonl + ":2: malformed JSON")
        .contains(jsonl + ":3: missing \"text\" string")
        .contains(jsonl + ":4: \"published\" is not a date")
        .contains(missing + ": no such file or directory");
  }

  @Test
  void unreadableFileIsSkipped() throws IOException {
    Path f = write("secret.txt", ARTICLE, StandardCharsets.UTF_8);
    Assumptions.assumeTrue(f.toFile().setReadable(false, false) && !Files.isReadable(f), "running as root: every file is readable");
    CliRun r = CliRun.of("extract", f.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(f + ": not readable");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(CliRun.of("extract").code()).isEqualTo(2);
    CliRun badDate = CliRun.of("extract", "--date", "2025-13-01", "x.txt");
    assertThat(badDate.code()).isEqualTo(2);
    assertThat(badDate.err()).contains("'2025-13-01' is not a date");
    assertThat(CliRun.of("extract", "--format", "xml", "x.txt").code()).isEqualTo(2);
    assertThat(CliRun.of("frobnicate").code()).isEqualTo(2);
  }

  @Test
  void helpShowsAnExample() {
    CliRun r = CliRun.of("extract", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Examples:").contains("xinwen extract --date");
  }

  private Path write(String name, String text, Charset cs) {
    try {
      Path p = tmp.resolve(name);
      Files.write(p, text.getBytes(cs));
      return p;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
