package io.xinwen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a JSON object against CONTRACT.md (schema 1): every field, its type, and span consistency. */
final class ContractAssert {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Set<String> KINDS = Set.of("money", "percent", "quantity", "ordinal", "duration");
  private static final Set<String> APPROX = Set.of("exact", "about", "over", "under");

  private ContractAssert() {}

  static void valid(JsonNode o, String rawText) {
    assertThat(o.path("schema").asInt()).isEqualTo(1);
    for (String f : List.of("source", "id", "published", "referenceDate", "title", "subtitle", "authors", "dateline",
        "sections", "captions", "text", "countries", "amounts", "dates", "quotes", "persons")) {
      assertThat(o.has(f)).as("field %s", f).isTrue();
    }
    assertThat(o.get("id").isTextual()).isTrue();
    dateOrNull(o.get("published"));
    dateOrNull(o.get("referenceDate"));
    assertThat(o.get("authors").isArray()).isTrue();
    assertThat(o.get("sections").isArray()).isTrue();
    JsonNode d = o.get("dateline");
    if (!d.isNull()) for (String f : List.of("agency", "place", "date", "text")) assertThat(d.has(f)).as("dateline.%s", f).isTrue();
    for (JsonNode c : o.get("captions")) for (String f : List.of("text", "credit", "agency")) assertThat(c.has(f)).isTrue();
    String text = o.get("text").asText();
    for (JsonNode c : o.get("countries")) {
      assertThat(c.get("code").asText()).matches("[A-Z]{2}");
      assertThat(c.get("name").isTextual()).isTrue();
      for (JsonNode m : c.get("mentions")) span(m, text, rawText);
    }
    for (JsonNode a : o.get("amounts")) {
      assertThat(KINDS).contains(a.get("kind").asText());
      assertThat(a.get("value").isNumber()).as("amount value is a JSON number: %s", a).isTrue();
      assertThat(a.get("unit").isTextual()).isTrue();
      assertThat(APPROX).contains(a.get("approx").asText());
      span(a, text, rawText);
    }
    for (JsonNode dt : o.get("dates")) {
      assertThat(dt.has("value") && dt.has("grain")).isTrue();
      span(dt, text, rawText);
    }
    for (JsonNode q : o.get("quotes")) {
      assertThat(q.get("kind").asText()).isIn("direct", "indirect");
      JsonNode s = q.get("speaker");
      if (!s.isNull()) for (String f : List.of("name", "title", "organization", "country")) assertThat(s.has(f)).isTrue();
      assertThat(q.get("end").asInt()).isGreaterThanOrEqualTo(q.get("start").asInt());
    }
    for (JsonNode p : o.get("persons")) {
      assertThat(p.get("name").isTextual()).isTrue();
      for (JsonNode m : p.get("mentions")) span(m, text, rawText);
    }
  }

  private static void dateOrNull(JsonNode n) {
    if (!n.isNull()) assertThat(n.asText()).matches(DATE);
  }

  private static void span(JsonNode m, String text, String raw) {
    int start = m.get("start").asInt();
    int end = m.get("end").asInt();
    assertThat(text.substring(start, end)).as("span text of %s", m).isEqualTo(m.get("text").asText());
    int rs = m.get("rawStart").asInt();
    int re = m.get("rawEnd").asInt();
    assertThat(rs).isBetween(0, re);
    if (raw != null) assertThat(re).isLessThanOrEqualTo(raw.length());
  }
}
