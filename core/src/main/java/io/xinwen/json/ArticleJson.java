package io.xinwen.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.xinwen.model.Amount;
import io.xinwen.model.Article;
import io.xinwen.model.Caption;
import io.xinwen.model.Country;
import io.xinwen.model.DateMention;
import io.xinwen.model.Mention;
import io.xinwen.model.Person;
import io.xinwen.model.Quote;
import io.xinwen.model.Speaker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes an {@link Article} as the extraction contract's JSON (schema 1, see CONTRACT.md), with
 * raw offsets for every span, streaming (an article of any size needs no JSON tree in memory).
 * With {@code explain}, each fact also carries its {@code rule} id.
 */
public final class ArticleJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final boolean explain;

  public ArticleJson(boolean explain) {
    this.explain = explain;
  }

  /** One line of JSON. */
  public String line(Article a) {
    return toString(a, false);
  }

  /** Indented JSON. */
  public String pretty(Article a) {
    return toString(a, true);
  }

  /** Writes the article to {@code out} (UTF-8), indented or on one line, without closing {@code out}. */
  public void write(Article a, OutputStream out, boolean pretty) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      if (pretty) g.setPrettyPrinter(new DefaultPrettyPrinter());
      write(a, g);
    }
  }

  private String toString(Article a, boolean pretty) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(a, out, pretty);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private void write(Article a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("schema", Article.SCHEMA);
    g.writeStringField("source", a.source());
    g.writeStringField("id", a.id());
    g.writeStringField("published", iso(a.published()));
    g.writeStringField("referenceDate", iso(a.referenceDate()));
    g.writeStringField("title", a.title());
    g.writeStringField("subtitle", a.subtitle());
    strings(g, "authors", a.authors());
    if (a.dateline() == null) {
      g.writeNullField("dateline");
    } else {
      g.writeObjectFieldStart("dateline");
      g.writeStringField("agency", a.dateline().agency());
      g.writeStringField("place", a.dateline().place());
      g.writeStringField("date", a.dateline().date());
      g.writeStringField("text", a.dateline().text());
      g.writeEndObject();
    }
    strings(g, "sections", a.sections());
    g.writeArrayFieldStart("captions");
    for (Caption c : a.captions()) {
      g.writeStartObject();
      g.writeStringField("text", c.text());
      g.writeStringField("credit", c.credit());
      g.writeStringField("agency", c.agency());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("text", a.text());

    g.writeArrayFieldStart("countries");
    for (Country c : a.countries()) {
      g.writeStartObject();
      g.writeStringField("code", c.code());
      g.writeStringField("name", c.name());
      mentions(g, a, c.mentions());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("amounts");
    for (Amount m : a.amounts()) {
      g.writeStartObject();
      g.writeStringField("kind", m.kind());
      g.writeStringField("text", m.text());
      g.writeNumberField("value", m.value());
      if (m.valueMax() == null) g.writeNullField("valueMax");
      else g.writeNumberField("valueMax", m.valueMax());
      g.writeStringField("unit", m.unit());
      g.writeStringField("approx", m.approx());
      span(g, a, m.start(), m.end());
      rule(g, m.rule());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("dates");
    for (DateMention d : a.dates()) {
      g.writeStartObject();
      g.writeStringField("text", d.text());
      g.writeStringField("value", d.value());
      g.writeStringField("grain", d.grain());
      span(g, a, d.start(), d.end());
      rule(g, d.rule());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    for (Quote q : a.quotes()) {
      g.writeStartObject();
      g.writeStringField("kind", q.kind());
      g.writeStringField("text", q.text());
      Speaker s = q.speaker();
      if (s == null) {
        g.writeNullField("speaker");
      } else {
        g.writeObjectFieldStart("speaker");
        g.writeStringField("name", s.name());
        g.writeStringField("title", s.title());
        g.writeStringField("organization", s.organization());
        g.writeStringField("country", s.country());
        g.writeEndObject();
      }
      span(g, a, q.start(), q.end());
      rule(g, q.rule());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("persons");
    for (Person p : a.persons()) {
      g.writeStartObject();
      g.writeStringField("name", p.name());
      mentions(g, a, p.mentions());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!a.diagnostics().isEmpty()) strings(g, "diagnostics", a.diagnostics());
    g.writeEndObject();
  }

  private void mentions(JsonGenerator g, Article a, List<Mention> mentions) throws IOException {
    g.writeArrayFieldStart("mentions");
    for (Mention m : mentions) {
      g.writeStartObject();
      g.writeStringField("text", m.text());
      span(g, a, m.start(), m.end());
      rule(g, m.rule());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) g.writeString(v);
    g.writeEndArray();
  }

  private static void span(JsonGenerator g, Article a, int start, int end) throws IOException {
    g.writeNumberField("start", start);
    g.writeNumberField("end", end);
    g.writeNumberField("rawStart", a.rawStart(start));
    g.writeNumberField("rawEnd", a.rawEnd(start, end));
  }

  private void rule(JsonGenerator g, String rule) throws IOException {
    if (explain) g.writeStringField("rule", rule);
  }

  private static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
