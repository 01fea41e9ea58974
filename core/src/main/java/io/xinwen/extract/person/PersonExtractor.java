package io.xinwen.extract.person;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.extract.Extractor;
import io.xinwen.model.PersonMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds named people in normalized text: rule-based over characters, from the triggers in
 * {@link PersonRules} (a title before, a speech verb after, the middle dot of a transliterated
 * name), then every later occurrence of a found name and of a transliterated name's last part
 * (米尔济约耶夫 after 沙夫卡特·米尔济约耶夫), linked to the full name. Immutable and thread-safe.
 */
public final class PersonExtractor implements Extractor<PersonMention> {
  /** Rule id of a later occurrence of a name found by a trigger rule. */
  public static final String REPEAT = "person.repeat";
  /** Rule id of a later surname-only (last part) mention of a transliterated name. */
  public static final String SHORT_FORM = "person.short-form";

  private final NameLexicon lexicon;

  public PersonExtractor() {
    this(NameLexicon.defaults());
  }

  public PersonExtractor(NameLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public List<PersonMention> extract(ExtractionContext context) {
    String text = context.text();
    List<PersonMention> found = new ArrayList<>();
    for (PersonRules.Rule rule : PersonRules.ALL) {
      rule.find(text, lexicon, found);
    }
    List<PersonMention> kept = dropOverlaps(found);
    Set<String> names = new LinkedHashSet<>();
    for (PersonMention m : kept) names.add(m.name());
    List<PersonMention> all = new ArrayList<>(kept);
    String folded = PersonRules.foldDots(text);
    for (String name : names) {
      addOccurrences(text, folded, name, name, REPEAT, all);
    }
    for (String name : names) {
      int dot = name.lastIndexOf('·');
      if (dot >= 0 && name.length() - dot - 1 >= 2) {
        addOccurrences(text, folded, name.substring(dot + 1), name, SHORT_FORM, all);
      }
    }
    all.sort(Comparator.comparingInt(PersonMention::start));
    return List.copyOf(all);
  }

  /** Keeps the longest candidate where candidates overlap (the earlier rule on a tie). */
  private static List<PersonMention> dropOverlaps(List<PersonMention> found) {
    List<PersonMention> byLength = new ArrayList<>(found);
    byLength.sort(Comparator.comparingInt((PersonMention m) -> m.start() - m.end()));
    List<PersonMention> kept = new ArrayList<>();
    for (PersonMention m : byLength) {
      if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) kept.add(m);
    }
    return kept;
  }

  /** Adds every occurrence of {@code surface} (with {@code · • ・} treated alike) not overlapping a mention already found. */
  private void addOccurrences(String text, String folded, String surface, String name, String rule, List<PersonMention> all) {
    for (int i = folded.indexOf(surface); i >= 0; i = folded.indexOf(surface, i + 1)) {
      int start = i;
      int end = i + surface.length();
      if (all.stream().anyMatch(k -> k.start() < end && start < k.end())) continue;
      if (!standsAlone(text, start, end)) continue;
      all.add(new PersonMention(name, text.substring(start, end), start, end, rule));
    }
  }

  /** A repeated name must not be glued to more of a transliteration or sit in a reporter credit. */
  private boolean standsAlone(String text, int start, int end) {
    if (start > 0 && PersonRules.isDot(text.charAt(start - 1))) return false;
    if (end < text.length() && PersonRules.isDot(text.charAt(end))) return false;
    boolean translitBefore = start > 0 && lexicon.isTransliteration(text.charAt(start - 1));
    boolean translitAfter = end < text.length() && lexicon.isTransliteration(text.charAt(end))
        && !lexicon.nameMayEndBefore(text, end);
    return !(translitBefore && lexicon.isTransliteration(text.charAt(start)) && !precededByBoundary(text, start))
        && !translitAfter;
  }

  private boolean precededByBoundary(String text, int start) {
    return PersonRules.boundaryBefore(text, start) || lexicon.titleEndingAt(text, 0, start) != null;
  }
}
