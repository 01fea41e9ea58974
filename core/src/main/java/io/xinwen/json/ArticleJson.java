package io.xinwen.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xinwen.model.Amount;
import io.xinwen.model.Article;
import io.xinwen.model.Caption;
import io.xinwen.model.Country;
import io.xinwen.model.DateMention;
import io.xinwen.model.Mention;
import io.xinwen.model.Person;
import io.xinwen.model.Quote;
import io.xinwen.model.Speaker;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * Writes an {@link Article} as the extraction contract's JSON (schema 1, see CONTRACT.md), with
 * raw offsets for every span. With {@code explain}, each fact also carries its {@code rule} id.
 */
public final class ArticleJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private final boolean explain;

  public ArticleJson(boolean explain) {
    this.explain = explain;
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One line of JSON. */
  public String line(Article a) {
    try {
      return MAPPER.writeValueAsString(tree(a));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Indented JSON. */
  public String pretty(Article a) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(a));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ObjectNode tree(Article a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("schema", Article.SCHEMA);
    o.put("source", a.source());
    o.put("id", a.id());
    o.put("published", iso(a.published()));
    o.put("referenceDate", iso(a.referenceDate()));
    o.put("title", a.title());
    o.put("subtitle", a.subtitle());
    ArrayNode authors = o.putArray("authors");
    a.authors().forEach(authors::add);
    if (a.dateline() == null) {
      o.putNull("dateline");
    } else {
      ObjectNode d = o.putObject("dateline");
      d.put("agency", a.dateline().agency());
      d.put("place", a.dateline().place());
      d.put("date", a.dateline().date());
      d.put("text", a.dateline().text());
    }
    ArrayNode sections = o.putArray("sections");
    a.sections().forEach(sections::add);
    ArrayNode captions = o.putArray("captions");
    for (Caption c : a.captions()) {
      captions.addObject().put("text", c.text()).put("credit", c.credit()).put("agency", c.agency());
    }
    o.put("text", a.text());

    ArrayNode countries = o.putArray("countries");
    for (Country c : a.countries()) {
      ObjectNode n = countries.addObject().put("code", c.code()).put("name", c.name());
      ArrayNode ms = n.putArray("mentions");
      for (Mention m : c.mentions()) {
        ObjectNode mn = ms.addObject().put("text", m.text());
        span(mn, a, m.start(), m.end());
        rule(mn, m.rule());
      }
    }
    ArrayNode amounts = o.putArray("amounts");
    for (Amount m : a.amounts()) {
      ObjectNode n = amounts.addObject().put("kind", m.kind()).put("text", m.text());
      n.put("value", m.value());
      n.put("valueMax", m.valueMax());
      n.put("unit", m.unit()).put("approx", m.approx());
      span(n, a, m.start(), m.end());
      rule(n, m.rule());
    }
    ArrayNode dates = o.putArray("dates");
    for (DateMention d : a.dates()) {
      ObjectNode n = dates.addObject().put("text", d.text()).put("value", d.value()).put("grain", d.grain());
      span(n, a, d.start(), d.end());
      rule(n, d.rule());
    }
    ArrayNode quotes = o.putArray("quotes");
    for (Quote q : a.quotes()) {
      ObjectNode n = quotes.addObject().put("kind", q.kind()).put("text", q.text());
      Speaker s = q.speaker();
      if (s == null) {
        n.putNull("speaker");
      } else {
        n.putObject("speaker").put("name", s.name()).put("title", s.title())
            .put("organization", s.organization()).put("country", s.country());
      }
      span(n, a, q.start(), q.end());
      rule(n, q.rule());
    }
    ArrayNode persons = o.putArray("persons");
    for (Person p : a.persons()) {
      ObjectNode n = persons.addObject().put("name", p.name());
      ArrayNode ms = n.putArray("mentions");
      for (Mention m : p.mentions()) {
        ObjectNode mn = ms.addObject().put("text", m.text());
        span(mn, a, m.start(), m.end());
        rule(mn, m.rule());
      }
    }
    if (!a.diagnostics().isEmpty()) {
      ArrayNode d = o.putArray("diagnostics");
      a.diagnostics().forEach(d::add);
    }
    return o;
  }

  private static void span(ObjectNode n, Article a, int start, int end) {
    n.put("start", start).put("end", end).put("rawStart", a.rawStart(start)).put("rawEnd", a.rawEnd(start, end));
  }

  private void rule(ObjectNode n, String rule) {
    if (explain) n.put("rule", rule);
  }

  private static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
