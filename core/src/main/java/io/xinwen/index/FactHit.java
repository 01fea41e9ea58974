package io.xinwen.index;

import io.xinwen.model.Speaker;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One fact found by a {@link FactQuery}.
 *
 * @param kind money | percent | quantity | date | quote
 * @param text the fact as written ({@code 超1400亿美元}, {@code 去年12月}, a quote's words)
 * @param value amounts: the exact value (low end of a range); else null
 * @param valueMax amounts: the high end of a range; else null
 * @param unit amounts: the unit; else null
 * @param approx amounts: exact | about | over | under; quotes: direct | indirect; dates: the grain
 * @param dateValue dates: the ISO value as extracted (may be null); else null
 * @param from first day of the fact's date span (the date itself, else the dates of its sentence,
 *     else the article's published date), or null
 * @param to last day of that span, or null
 * @param speaker quotes: the speaker (null when unnamed); else null
 * @param sentence the sentence containing the fact (for quotes, the paragraph)
 * @param sentenceStart offset of {@code sentence} in the article text
 * @param countries ISO codes named in the sentence, in order of first mention
 * @param dates ISO values of the dates in the sentence
 * @param start the fact's span in the article text
 * @param end (exclusive)
 * @param rawStart the span in the raw input
 * @param rawEnd (exclusive)
 * @param rule the extraction rule id
 * @param article the article
 * @param score relevance when the query had text, else 0
 */
public record FactHit(
    String kind,
    String text,
    BigDecimal value,
    BigDecimal valueMax,
    String unit,
    String approx,
    String dateValue,
    LocalDate from,
    LocalDate to,
    Speaker speaker,
    String sentence,
    int sentenceStart,
    List<String> countries,
    List<String> dates,
    int start,
    int end,
    int rawStart,
    int rawEnd,
    String rule,
    ArticleRef article,
    float score) {
  public FactHit {
    countries = List.copyOf(countries);
    dates = List.copyOf(dates);
  }
}
