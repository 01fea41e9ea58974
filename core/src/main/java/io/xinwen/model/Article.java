package io.xinwen.model;

import io.xinwen.text.OffsetMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One processed article: structure (views of {@link #text()}), typed facts with offsets into
 * {@code text}, and the {@link OffsetMap} that takes any offset back to the raw input.
 */
public record Article(
    String source,
    String id,
    LocalDate published,
    LocalDate referenceDate,
    String title,
    String subtitle,
    List<String> authors,
    Dateline dateline,
    List<String> sections,
    List<Caption> captions,
    String text,
    List<Country> countries,
    List<Amount> amounts,
    List<DateMention> dates,
    List<Quote> quotes,
    List<Person> persons,
    OffsetMap offsets,
    List<String> diagnostics) {
  public static final int SCHEMA = 1;

  public Article {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(offsets, "offsets");
    authors = List.copyOf(authors);
    sections = List.copyOf(sections);
    captions = List.copyOf(captions);
    countries = List.copyOf(countries);
    amounts = List.copyOf(amounts);
    dates = List.copyOf(dates);
    quotes = List.copyOf(quotes);
    persons = List.copyOf(persons);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Raw-input offset of the span starting at {@code start}. */
  public int rawStart(int start) {
    return offsets.rawStart(start);
  }

  /** Raw-input end offset (exclusive) of the span [start, end). */
  public int rawEnd(int start, int end) {
    return offsets.rawEnd(start, end);
  }
}
