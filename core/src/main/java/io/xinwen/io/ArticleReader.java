package io.xinwen.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads article inputs one at a time with bounded memory: a text file, a directory (recursively:
 * {@code *.txt}, {@code *.jsonl} and their {@code .gz}), a JSONL archive whose lines are
 * {@code {"id"?, "text", "published"?, "title"?, "source"?}}, or {@code -} for standard input.
 * Every input is reported: loaded, or skipped with a reason naming the file (and line).
 */
public final class ArticleReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final InputStream stdin;

  public ArticleReader() {
    this(System.in);
  }

  public ArticleReader(InputStream stdin) {
    this.stdin = stdin;
  }

  /** Reads every path in order and hands each article or skip to {@code sink}. */
  public void read(List<String> paths, Consumer<InputItem> sink) {
    for (String p : paths) {
      if (p.equals("-")) {
        readStdin(sink);
      } else {
        readPath(Path.of(p), sink, true);
      }
    }
  }

  private void readStdin(Consumer<InputItem> sink) {
    try {
      byte[] bytes = stdin.readAllBytes();
      sink.accept(new InputItem.Loaded(new ArticleInput("-", null, TextDecoder.decode(bytes, "-"), null, null)));
    } catch (InputException e) {
      sink.accept(new InputItem.Skipped(e.source(), e.reason()));
    } catch (IOException e) {
      sink.accept(new InputItem.Skipped("-", "cannot read standard input: " + e.getMessage()));
    }
  }

  private void readPath(Path path, Consumer<InputItem> sink, boolean explicit) {
    String source = path.toString();
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        for (Path f : files.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().toList()) {
          readPath(f, sink, false);
        }
      } catch (IOException e) {
        sink.accept(new InputItem.Skipped(source, "cannot list directory: " + e.getMessage()));
      }
      return;
    }
    if (!Files.exists(path)) {
      sink.accept(new InputItem.Skipped(source, "no such file or directory"));
      return;
    }
    if (!Files.isReadable(path)) {
      sink.accept(new InputItem.Skipped(source, "not readable (permission denied)"));
      return;
    }
    String name = path.getFileName().toString();
    boolean gz = name.endsWith(".gz");
    String inner = gz ? name.substring(0, name.length() - 3) : name;
    try {
      if (inner.endsWith(".jsonl")) {
        readJsonl(path, gz, sink);
      } else {
        byte[] bytes;
        try (InputStream in = open(path, gz)) {
          bytes = in.readAllBytes();
        }
        sink.accept(new InputItem.Loaded(new ArticleInput(source, null, TextDecoder.decode(bytes, source), null, null)));
      }
    } catch (InputException e) {
      sink.accept(new InputItem.Skipped(e.source(), e.reason()));
    } catch (NoSuchFileException e) {
      sink.accept(new InputItem.Skipped(source, "no such file"));
    } catch (IOException e) {
      sink.accept(new InputItem.Skipped(source, (gz ? "cannot read gzip: " : "cannot read: ") + e.getMessage()));
    }
  }

  private static boolean isArticleFile(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".txt") || n.endsWith(".jsonl") || n.endsWith(".txt.gz") || n.endsWith(".jsonl.gz");
  }

  private static InputStream open(Path path, boolean gz) throws IOException {
    InputStream in = Files.newInputStream(path);
    return gz ? new GZIPInputStream(in, 1 << 16) : in;
  }

  private static void readJsonl(Path path, boolean gz, Consumer<InputItem> sink) throws IOException {
    String file = path.toString();
    int lines = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(open(path, gz), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (n == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
        if (line.isBlank()) continue;
        lines++;
        String where = file + ":" + n;
        try {
          sink.accept(new InputItem.Loaded(parseLine(line, file, where)));
        } catch (InputException e) {
          sink.accept(new InputItem.Skipped(e.source(), e.reason()));
        }
      }
    }
    if (lines == 0) sink.accept(new InputItem.Skipped(file, "empty JSONL file"));
  }

  private static ArticleInput parseLine(String line, String file, String where) {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InputException(where, "malformed JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) throw new InputException(where, "not a JSON object");
    JsonNode text = n.get("text");
    if (text == null || !text.isTextual()) throw new InputException(where, "missing \"text\" string");
    if (text.asText().isBlank()) throw new InputException(where, "empty \"text\"");
    LocalDate published = null;
    JsonNode p = n.get("published");
    if (p != null && !p.isNull()) {
      try {
        String s = p.asText();
        published = LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
      } catch (DateTimeParseException e) {
        throw new InputException(where, "\"published\" is not a date (YYYY-MM-DD): " + p.asText());
      }
    }
    String id = textOrNull(n.get("id"));
    String source = textOrNull(n.get("source"));
    return new ArticleInput(source != null ? source : where, id, text.asText(), published, textOrNull(n.get("title")));
  }

  private static String textOrNull(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }
}
