package io.xinwen.index.solr;

import static io.xinwen.index.Fields.*;
import static io.xinwen.index.solr.SolrFields.*;

import io.xinwen.index.ArticleHit;
import io.xinwen.index.ArticleRef;
import io.xinwen.index.Facet;
import io.xinwen.index.FactHit;
import io.xinwen.index.Hits;
import io.xinwen.index.Sentences;
import io.xinwen.index.Snippet;
import io.xinwen.index.Span;
import io.xinwen.model.Speaker;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;

/** Reads Solr responses into the embedded index's result records. */
final class SolrResults {
  private SolrResults() {}

  static Hits<ArticleHit> articles(QueryResponse r) {
    Map<String, Map<String, List<String>>> hl = r.getHighlighting();
    List<ArticleHit> hits = new ArrayList<>();
    for (SolrDocument d : r.getResults()) {
      List<String> passages = hl == null ? null : hl.getOrDefault(str(d, ID), Map.of()).get(TEXT);
      String text = str(d, TEXT);
      List<Snippet> snippets = passages == null || text == null ? List.of() : snippets(text, passages);
      hits.add(new ArticleHit(ref(d), score(d), strings(d, COUNTRY), snippets));
    }
    return new Hits<>(r.getResults().getNumFound(), hits);
  }

  static Hits<FactHit> facts(QueryResponse r, boolean scored) {
    List<FactHit> hits = new ArrayList<>();
    for (SolrDocument d : r.getResults()) hits.add(fact(d, scored ? score(d) : 0f));
    return new Hits<>(r.getResults().getNumFound(), hits);
  }

  static Map<String, Long> facet(QueryResponse r, Facet facet) {
    Map<String, Long> out = new LinkedHashMap<>();
    FacetField f = r.getFacetField(SolrFields.facet(facet));
    if (f != null && f.getValues() != null) {
      for (FacetField.Count c : f.getValues()) {
        if (c.getCount() > 0) out.put(c.getName(), c.getCount());
      }
    }
    return out;
  }

  private static FactHit fact(SolrDocument d, float score) {
    String kind = str(d, KIND);
    String valueText = str(d, VALUE_EXACT);
    String maxText = str(d, VALUE_MAX);
    Speaker speaker = null;
    if ("quote".equals(kind) && (str(d, SPEAKER) != null || str(d, SPEAKER_TITLE) != null || str(d, SPEAKER_ORG) != null)) {
      speaker = new Speaker(str(d, SPEAKER), str(d, SPEAKER_TITLE), str(d, SPEAKER_ORG), str(d, SPEAKER_COUNTRY));
    }
    return new FactHit(
        kind,
        str(d, FACT_TEXT),
        valueText == null ? null : new BigDecimal(valueText),
        maxText == null ? null : new BigDecimal(maxText),
        str(d, UNIT),
        str(d, APPROX),
        str(d, DATE_VALUE),
        day(d, DATE_START),
        day(d, DATE_END),
        speaker,
        str(d, SENTENCE),
        integer(d, SENTENCE_START),
        strings(d, SENTENCE_COUNTRY),
        strings(d, SENTENCE_DATE),
        integer(d, START),
        integer(d, END),
        integer(d, RAW_START),
        integer(d, RAW_END),
        str(d, RULE),
        ref(d),
        score);
  }

  private static ArticleRef ref(SolrDocument d) {
    String title = str(d, TITLE) != null ? str(d, TITLE) : str(d, ARTICLE_TITLE);
    return new ArticleRef(str(d, ARTICLE_ID), title, str(d, SOURCE), day(d, PUBLISHED));
  }

  /**
   * Snippets from the highlighter's marked passages, cut as the embedded index cuts them: each
   * passage is found in the stored text (passages come in text order) and split into sentences
   * ({@link Sentences#boundaries}, which Solr's JDK sentence rules do not always find between
   * Chinese sentences); sentences with highlights are kept (a passage without any keeps its first
   * sentence), at most {@value SolrQueries#MAX_SNIPPETS}, those with most highlights first, then
   * in text order. Marks become absolute spans, touching ones merge, trailing whitespace is trimmed.
   */
  static List<Snippet> snippets(String text, List<String> passages) {
    int[] bounds = Sentences.boundaries(text);
    List<Snippet> candidates = new ArrayList<>();
    int from = 0;
    for (String marked : passages) {
      StringBuilder plain = new StringBuilder(marked.length());
      List<int[]> marks = new ArrayList<>();
      int open = -1;
      for (int i = 0; i < marked.length(); i++) {
        char c = marked.charAt(i);
        if (c == SolrQueries.MARK_OPEN.charAt(0)) {
          open = plain.length();
        } else if (c == SolrQueries.MARK_CLOSE.charAt(0)) {
          if (open >= 0) marks.add(new int[] {open, plain.length()});
          open = -1;
        } else {
          plain.append(c);
        }
      }
      int start = text.indexOf(plain.toString(), from);
      if (start < 0) start = text.indexOf(plain.toString());
      if (start < 0) continue; // not a verbatim passage of the stored text: nothing to point at
      int end = start + plain.length();
      from = end;
      List<Snippet> sentences = new ArrayList<>();
      for (int b = 0; b + 1 < bounds.length; b++) {
        int ss = Math.max(bounds[b], start);
        int se = Math.min(bounds[b + 1], end);
        if (ss >= se) continue;
        Snippet sn = snippet(text, ss, se, marks, start);
        if (sn.start() < sn.end()) sentences.add(sn);
      }
      List<Snippet> withMarks = sentences.stream().filter(sn -> !sn.highlights().isEmpty()).toList();
      if (!withMarks.isEmpty()) candidates.addAll(withMarks);
      else if (!sentences.isEmpty()) candidates.add(sentences.get(0));
    }
    List<Snippet> best = new ArrayList<>(candidates);
    best.sort(Comparator.comparingInt((Snippet sn) -> -sn.highlights().size()).thenComparingInt(Snippet::start));
    best = new ArrayList<>(best.subList(0, Math.min(SolrQueries.MAX_SNIPPETS, best.size())));
    best.sort(Comparator.comparingInt(Snippet::start));
    return best;
  }

  /** The sentence [start, end) with trailing whitespace trimmed and the marks inside it as merged spans. */
  private static Snippet snippet(String text, int start, int end, List<int[]> marks, int passageStart) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    List<Span> spans = new ArrayList<>();
    for (int[] m : marks) {
      int st = passageStart + m[0];
      int en = passageStart + m[1];
      if (st < start || en > end) continue;
      if (!spans.isEmpty() && st <= spans.get(spans.size() - 1).end()) {
        Span last = spans.remove(spans.size() - 1);
        spans.add(new Span(last.start(), Math.max(last.end(), en)));
      } else {
        spans.add(new Span(st, en));
      }
    }
    return new Snippet(start, end, text.substring(start, end), spans);
  }

  private static float score(SolrDocument d) {
    Object s = d.getFieldValue(SCORE);
    return s instanceof Number n ? n.floatValue() : 0f;
  }

  private static String str(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v == null ? null : v.toString();
  }

  private static List<String> strings(SolrDocument d, String field) {
    Collection<Object> vs = d.getFieldValues(field);
    if (vs == null) return List.of();
    List<String> out = new ArrayList<>(vs.size());
    for (Object v : vs) out.add(v.toString());
    return out;
  }

  private static int integer(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    if (v == null) throw new IllegalStateException("Solr document " + d.getFieldValue(ID) + " has no " + field);
    return ((Number) v).intValue();
  }

  private static LocalDate day(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v == null ? null : LocalDate.ofEpochDay(((Number) v).longValue());
  }
}
