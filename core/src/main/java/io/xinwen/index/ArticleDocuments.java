package io.xinwen.index;

import io.xinwen.model.Amount;
import io.xinwen.model.Article;
import io.xinwen.model.Country;
import io.xinwen.model.DateMention;
import io.xinwen.model.Mention;
import io.xinwen.model.Person;
import io.xinwen.model.Quote;
import io.xinwen.model.Speaker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * Maps one {@link Article} to its Lucene documents: the article document first, then one per fact.
 * Public so the SolrCloud backend ({@code io.xinwen.index.solr}) sends exactly the same documents.
 */
public final class ArticleDocuments {
  private ArticleDocuments() {}

  /** A country mention with its code, for sentence lookups. */
  private record CountryAt(String code, int start, int end) {}

  /** A date mention with its period parsed once (null when it has no value). */
  private record DateAt(DateMention mention, DatePeriod period) {}

  /**
   * What every fact document of one article looks up: country mentions and dates sorted by start
   * (with their starts for binary search, so a fact costs log n, not n, even in a 50 MB article),
   * sentence bounds, tokens.
   */
  private record Context(List<CountryAt> countries, int[] countryStarts, List<DateAt> dates, int[] dateStarts,
      int[] sentenceBounds, ArticleTokens tokens) {}

  /** The documents of {@code a}; the text is segmented when Lucene first reads a token stream (never, for SolrCloud). */
  public static List<Document> of(Article a) {
    return of(a, false);
  }

  /** As {@link #of(Article)}, with the text segmented now (so a batch can be segmented before any of it is written). */
  static List<Document> segmented(Article a) {
    return of(a, true);
  }

  private static List<Document> of(Article a, boolean segmentNow) {
    if (a.id() == null || a.id().isBlank()) throw new IllegalArgumentException("article without id: " + a.source());
    List<CountryAt> countries = new ArrayList<>();
    for (Country c : a.countries()) {
      for (Mention m : c.mentions()) countries.add(new CountryAt(c.code(), m.start(), m.end()));
    }
    countries.sort(Comparator.comparingInt(CountryAt::start));
    List<DateAt> dates = new ArrayList<>(a.dates().size());
    for (DateMention m : a.dates()) dates.add(new DateAt(m, DatePeriod.parse(m.value()).orElse(null)));
    dates.sort(Comparator.comparingInt(d -> d.mention().start()));

    int[] sentenceBounds = Sentences.boundaries(a.text());
    ArticleTokens tokens = new ArticleTokens(a.text(), sentenceBounds);
    if (segmentNow) tokens.segment();
    return documents(a, new Context(countries, countries.stream().mapToInt(CountryAt::start).toArray(),
        dates, dates.stream().mapToInt(d -> d.mention().start()).toArray(), sentenceBounds, tokens));
  }

  private static List<Document> documents(Article a, Context ctx) {
    List<Document> docs = new ArrayList<>();
    docs.add(articleDoc(a, ctx.tokens()));
    for (Amount m : a.amounts()) {
      if (!QueryValues.KINDS.contains(m.kind())) continue; // ordinals, durations: not facts we index
      Document d = factDoc(a, m.kind(), m.text(), m.start(), m.end(), m.rule(), false, ctx);
      d.add(new DoublePoint(Fields.VALUE, m.value().doubleValue()));
      d.add(new StoredField(Fields.VALUE_EXACT, m.value().toPlainString()));
      if (m.valueMax() != null) d.add(new StoredField(Fields.VALUE_MAX, m.valueMax().toPlainString()));
      keyword(d, Fields.UNIT, m.unit(), Facet.UNIT);
      keyword(d, Fields.APPROX, m.approx(), null);
      docs.add(d);
    }
    for (DateMention m : a.dates()) {
      Document d = factDoc(a, "date", m.text(), m.start(), m.end(), m.rule(), false, ctx);
      if (m.value() != null) d.add(new StoredField(Fields.DATE_VALUE, m.value()));
      keyword(d, Fields.APPROX, m.grain(), null);
      docs.add(d);
    }
    for (Quote q : a.quotes()) {
      Document d = factDoc(a, "quote", q.text(), q.start(), q.end(), q.rule(), true, ctx);
      keyword(d, Fields.APPROX, q.kind(), null);
      Speaker s = q.speaker();
      if (s != null) {
        keyword(d, Fields.SPEAKER, s.name(), Facet.SPEAKER);
        keyword(d, Fields.SPEAKER_TITLE, s.title(), null);
        keyword(d, Fields.SPEAKER_ORG, s.organization(), null);
        keyword(d, Fields.SPEAKER_COUNTRY, s.country(), null);
        if (s.country() != null) d.add(new StringField(Fields.COUNTRY, s.country(), Field.Store.NO));
      }
      docs.add(d);
    }
    return docs;
  }

  private static Document articleDoc(Article a, ArticleTokens tokens) {
    Document d = new Document();
    d.add(new StringField(Fields.TYPE, Fields.TYPE_ARTICLE, Field.Store.NO));
    common(d, a);
    if (a.title() != null) {
      Field title = new Field(Fields.TITLE, a.title(), TextField.TYPE_STORED);
      int line = lineOffset(a.text(), a.title());
      if (line >= 0) title.setTokenStream(tokens.within(line, line + a.title().length())); // a whole line: its tokens are the title's
      d.add(title);
    }
    Field text = new Field(Fields.TEXT, a.text(), Fields.STORED_TEXT_WITH_OFFSETS);
    text.setTokenStream(tokens.all()); // stored as the string, indexed from the article's tokens
    d.add(text);
    if (a.referenceDate() != null) d.add(new StoredField(Fields.REFERENCE_DATE, a.referenceDate().toEpochDay()));
    if (a.published() != null) facet(d, Facet.YEAR, Integer.toString(a.published().getYear()));
    for (Country c : a.countries()) {
      d.add(new StringField(Fields.COUNTRY, c.code(), Field.Store.YES));
      facet(d, Facet.COUNTRY, c.code());
    }
    for (Person p : a.persons()) d.add(new StringField(Fields.PERSON, p.name(), Field.Store.YES));
    for (String author : a.authors()) d.add(new StringField(Fields.AUTHOR, author, Field.Store.YES));
    if (a.dateline() != null) keyword(d, Fields.AGENCY, a.dateline().agency(), null);
    return d;
  }

  private static void common(Document d, Article a) {
    d.add(new StringField(Fields.ARTICLE_ID, a.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.ARTICLE_ID, new BytesRef(a.id())));
    if (a.source() != null) d.add(new StoredField(Fields.SOURCE, a.source()));
    if (a.published() != null) {
      long day = a.published().toEpochDay();
      d.add(new LongPoint(Fields.PUBLISHED, day));
      d.add(new NumericDocValuesField(Fields.PUBLISHED, day));
      d.add(new StoredField(Fields.PUBLISHED, day));
    }
  }

  private static Document factDoc(
      Article a, String kind, String text, int start, int end, String rule, boolean paragraph, Context ctx) {
    Document d = new Document();
    d.add(new StringField(Fields.TYPE, Fields.TYPE_FACT, Field.Store.NO));
    common(d, a);
    if (a.title() != null) d.add(new StoredField(Fields.ARTICLE_TITLE, a.title()));
    keyword(d, Fields.KIND, kind, Facet.KIND);
    d.add(new StoredField(Fields.FACT_TEXT, text));
    d.add(new StoredField(Fields.START, start));
    d.add(new NumericDocValuesField(Fields.START, start));
    d.add(new StoredField(Fields.END, end));
    d.add(new StoredField(Fields.RAW_START, a.rawStart(start)));
    d.add(new StoredField(Fields.RAW_END, a.rawEnd(start, end)));
    if (rule != null) d.add(new StoredField(Fields.RULE, rule));

    Span s = paragraph ? Sentences.paragraph(a.text(), start, end) : Sentences.sentence(a.text(), ctx.sentenceBounds(), start, end);
    String sentence = a.text().substring(s.start(), s.end());
    d.add(new StoredField(Fields.SENTENCE, sentence));
    d.add(new Field(Fields.SENTENCE, ctx.tokens().within(s.start(), s.end()), Fields.SENTENCE_TEXT));
    d.add(new StoredField(Fields.SENTENCE_START, s.start()));
    Set<String> codes = new LinkedHashSet<>();
    for (int i = firstAtOrAfter(ctx.countryStarts(), s.start()); i < ctx.countryStarts().length && ctx.countryStarts()[i] < s.end(); i++) {
      CountryAt c = ctx.countries().get(i);
      if (c.end() <= s.end()) codes.add(c.code());
    }
    for (String code : codes) {
      d.add(new StringField(Fields.COUNTRY, code, Field.Store.NO));
      d.add(new StoredField(Fields.SENTENCE_COUNTRY, code));
      facet(d, Facet.COUNTRY, code);
    }
    DatePeriod span = null;
    for (int i = firstAtOrAfter(ctx.dateStarts(), s.start()); i < ctx.dateStarts().length && ctx.dateStarts()[i] < s.end(); i++) {
      DateMention m = ctx.dates().get(i).mention();
      if (m.end() > s.end()) continue;
      if (m.value() != null) d.add(new StoredField(Fields.SENTENCE_DATE, m.value()));
      DatePeriod p = ctx.dates().get(i).period();
      if (p != null && (!"date".equals(kind) || m.start() == start && m.end() == end)) span = span == null ? p : span.union(p);
    }
    if (span == null && !"date".equals(kind) && a.published() != null) span = DatePeriod.of(a.published());
    if (span != null) {
      d.add(new LongPoint(Fields.DATE_START, span.first().toEpochDay()));
      d.add(new StoredField(Fields.DATE_START, span.first().toEpochDay()));
      d.add(new LongPoint(Fields.DATE_END, span.last().toEpochDay()));
      d.add(new StoredField(Fields.DATE_END, span.last().toEpochDay()));
      facet(d, Facet.YEAR, Integer.toString(span.first().getYear()));
    }
    return d;
  }

  /** Where {@code line} stands as a whole line of {@code text}, or -1 (a title given beside the text, or not on a line of its own). */
  private static int lineOffset(String text, String line) {
    if (line.isEmpty()) return -1;
    for (int i = text.indexOf(line); i >= 0; i = text.indexOf(line, i + 1)) {
      int end = i + line.length();
      if ((i == 0 || text.charAt(i - 1) == '\n') && (end == text.length() || text.charAt(end) == '\n')) return i;
    }
    return -1;
  }

  /** The index of the first value at or after {@code offset} in sorted {@code starts} ({@code starts.length} when none). */
  private static int firstAtOrAfter(int[] starts, int offset) {
    int i = Arrays.binarySearch(starts, offset);
    if (i < 0) return -i - 1;
    while (i > 0 && starts[i - 1] == offset) i--;
    return i;
  }

  private static void keyword(Document d, String field, String value, Facet facet) {
    if (value == null || value.isEmpty()) return;
    d.add(new StringField(field, value, Field.Store.YES));
    if (facet != null) facet(d, facet, value);
  }

  private static void facet(Document d, Facet facet, String value) {
    d.add(new SortedSetDocValuesField(facet.field, new BytesRef(value)));
  }

  static LocalDate day(Number epochDay) {
    return epochDay == null ? null : LocalDate.ofEpochDay(epochDay.longValue());
  }
}
