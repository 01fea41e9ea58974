package io.xinwen;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.extract.amount.AmountExtractor;
import io.xinwen.extract.country.CountryExtractor;
import io.xinwen.extract.country.CountryGazetteer;
import io.xinwen.extract.date.DateExtractor;
import io.xinwen.extract.person.PersonExtractor;
import io.xinwen.extract.quote.QuoteExtractor;
import io.xinwen.io.ArticleInput;
import io.xinwen.model.Amount;
import io.xinwen.model.Article;
import io.xinwen.model.Country;
import io.xinwen.model.CountryMention;
import io.xinwen.model.DateMention;
import io.xinwen.model.Dateline;
import io.xinwen.model.Mention;
import io.xinwen.model.Person;
import io.xinwen.model.PersonMention;
import io.xinwen.model.Quote;
import io.xinwen.text.ArticleLayout;
import io.xinwen.text.LayoutParser;
import io.xinwen.text.NormalizedText;
import io.xinwen.text.Normalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Runs the one flow: normalize, recover structure, extract facts, assemble an {@link Article}.
 * Immutable and thread-safe; build one with {@link Xinwen#pipeline()}.
 */
public final class Pipeline {
  private final LocalDate referenceDate;
  private final Normalizer normalizer = new Normalizer();
  private final LayoutParser layoutParser = new LayoutParser();
  private final CountryExtractor countries = new CountryExtractor();
  private final AmountExtractor amounts = new AmountExtractor();
  private final DateExtractor dates = new DateExtractor();
  private final QuoteExtractor quotes = new QuoteExtractor();
  private final PersonExtractor persons = new PersonExtractor();

  Pipeline(LocalDate referenceDate) {
    this.referenceDate = referenceDate;
  }

  /** The reference date this pipeline forces on every article (like {@code --date}), or null. */
  public LocalDate referenceDate() {
    return referenceDate;
  }

  /** Processes raw article text with no metadata. */
  public Article process(String rawText) {
    return process(ArticleInput.of(rawText));
  }

  /** Processes one article input. */
  public Article process(ArticleInput input) {
    NormalizedText normalized = normalizer.normalize(input.text());
    String text = normalized.text();
    ArticleLayout layout = layoutParser.parse(text);
    LocalDate published = input.published() != null ? input.published() : layout.published();
    LocalDate reference = referenceDate != null ? referenceDate : published;
    Dateline dateline = completeDateline(layout, reference);
    ExtractionContext context = ExtractionContext.of(text, reference);

    List<CountryMention> countryMentions = inFacts(countries.extract(context), layout, CountryMention::start);
    List<Amount> amountList = inFacts(amounts.extract(context), layout, Amount::start);
    List<DateMention> dateList = inFacts(dates.extract(context), layout, DateMention::start);
    List<PersonMention> allPersons = persons.extract(context);
    List<Quote> quoteList = inFacts(quotes.extract(context, allPersons), layout, Quote::start);
    List<PersonMention> personMentions = inFacts(allPersons, layout, PersonMention::start);

    String title = layout.title() != null ? layout.title() : input.title();
    String id = input.id() != null ? input.id() : sha256(text);
    return new Article(
        input.source(),
        id,
        published,
        reference,
        title,
        layout.subtitle(),
        layout.authors(),
        dateline,
        layout.sections(),
        layout.captions(),
        text,
        groupCountries(countryMentions),
        amountList,
        dateList,
        quoteList,
        groupPersons(personMentions),
        normalized.offsets(),
        List.of());
  }

  private static Dateline completeDateline(ArticleLayout layout, LocalDate reference) {
    Dateline d = layout.dateline();
    if (d == null || layout.datelineDay() == null || reference == null) return d;
    LocalDate date = layout.datelineDay().atYear(reference.getYear());
    if (date.isAfter(reference.plusDays(1))) date = date.minusYears(1);
    return new Dateline(d.agency(), d.place(), date.toString(), d.text());
  }

  private static <T> List<T> inFacts(List<T> found, ArticleLayout layout, ToIntFunction<T> start) {
    List<T> kept = new ArrayList<>(found.size());
    for (T t : found) {
      if (layout.isFactOffset(start.applyAsInt(t))) kept.add(t);
    }
    return kept;
  }

  private static List<Country> groupCountries(List<CountryMention> mentions) {
    Map<String, List<Mention>> byCode = new LinkedHashMap<>();
    for (CountryMention m : mentions) {
      byCode.computeIfAbsent(m.code(), k -> new ArrayList<>()).add(new Mention(m.text(), m.start(), m.end(), m.rule()));
    }
    List<Country> out = new ArrayList<>();
    CountryGazetteer names = CountryGazetteer.defaults();
    byCode.forEach((code, ms) -> out.add(new Country(code, names.nameOf(code), ms)));
    return out;
  }

  private static List<Person> groupPersons(List<PersonMention> mentions) {
    Map<String, List<Mention>> byName = new LinkedHashMap<>();
    for (PersonMention m : mentions) {
      byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(new Mention(m.text(), m.start(), m.end(), m.rule()));
    }
    List<Person> out = new ArrayList<>();
    byName.forEach((name, ms) -> out.add(new Person(name, ms)));
    return out;
  }

  static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
