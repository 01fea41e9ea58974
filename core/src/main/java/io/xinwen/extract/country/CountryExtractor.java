package io.xinwen.extract.country;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.extract.Extractor;
import io.xinwen.model.CountryMention;
import java.util.List;
import java.util.Objects;

/**
 * Finds country mentions (ISO 3166-1 alpha-2) in normalized text: names, {@code X方}, 对华 and
 * kin, 我国, and compounds of country letters (中哈, 中吉乌), one mention per country with its
 * span and rule id. Rules run in the order of {@link #ruleIds()}; each takes the characters it reads
 * so later rules never reread them. Immutable and thread-safe.
 */
public final class CountryExtractor implements Extractor<CountryMention> {
  private final Lexicon lexicon;
  private final List<Rule> rules;

  /** The default extractor: bundled gazetteer, capitals are not countries. */
  public CountryExtractor() {
    this(CountryGazetteer.defaults(), false);
  }

  /**
   * @param gazetteer the countries to find
   * @param capitalsAsCountries whether a capital (伊斯兰堡, 巴黎) is a mention of its country
   */
  public CountryExtractor(CountryGazetteer gazetteer, boolean capitalsAsCountries) {
    Objects.requireNonNull(gazetteer, "gazetteer");
    this.lexicon = new Lexicon(gazetteer);
    this.rules = List.of(
        new DictionaryRule(capitalsAsCountries),
        new SideRule(),
        new HuaRule(),
        new OurCountryRule(),
        new CompoundRule(),
        new ListRule(),
        new AttributiveRule(),
        new SingleCharNameRule());
  }

  /** The rule ids in the order the rules run. */
  public List<String> ruleIds() {
    return rules.stream().flatMap(r -> r.ids().stream()).toList();
  }

  @Override
  public List<CountryMention> extract(ExtractionContext context) {
    Objects.requireNonNull(context, "context");
    Scan scan = new Scan(context.text(), lexicon);
    for (Rule r : rules) r.apply(scan);
    return scan.mentions();
  }
}
