package io.xinwen.extract.date;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One named date rule: a stable {@code id} (shown by {@code --explain}), the pattern it finds and
 * how a match becomes a value. The resolver returns null to reject a match (an impossible month),
 * or {@link #UNRESOLVED} for a date with no value (vague, or relative with no reference date).
 *
 * <p>{@code needs}, when not null, lists characters of which every match holds at least one (月 for
 * a rule that ends in a month); the extractor tries the rule only where one of them follows within
 * {@link #REACH} characters, which spares most regex attempts. {@code DateExtractorTest} checks
 * the claim on every match over the corpus and the suites.
 */
record DateRule(String id, Pattern pattern, Set<String> groups, Shape shape, Function<Match, DateValue> resolver, String needs) {
  /** How far after a match's start its {@code needs} character may lie; longer than any date. */
  static final int REACH = 20;

  /** Marks a match that is a date but has no value. */
  static final DateValue UNRESOLVED = DateValue.year(1);

  /** What a rule leaves unsaid, so the right side of a range can borrow it from the left. */
  enum Shape {
    COMPLETE,
    NO_YEAR,
    DAY_ONLY,
    WEEKDAY
  }

  private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  DateRule {
    Objects.requireNonNull(id, "id");
    groups = Set.copyOf(groups);
  }

  static DateRule of(String id, String regex, Shape shape, Function<Match, DateValue> resolver) {
    Set<String> names = new LinkedHashSet<>();
    Matcher g = GROUP.matcher(regex);
    while (g.find()) names.add(g.group(1));
    return new DateRule(id, Pattern.compile(regex), names, shape, resolver, null);
  }

  /** This rule, tried only where one of {@code chars} follows (see the class comment). */
  DateRule needs(String chars) {
    if (chars.isEmpty()) throw new IllegalArgumentException(id + ": needs no characters");
    return new DateRule(id, pattern, groups, shape, resolver, chars);
  }

  static DateRule of(String id, String regex, Function<Match, DateValue> resolver) {
    return of(id, regex, Shape.COMPLETE, resolver);
  }

  /** A match of a rule, with the groups it defines and the article's anchor. */
  static final class Match {
    private final Matcher matcher;
    private final Set<String> groups;
    final Anchor anchor;

    Match(Matcher matcher, Set<String> groups, Anchor anchor) {
      this.matcher = matcher;
      this.groups = groups;
      this.anchor = anchor;
    }

    /** The text of a named group, or null when the rule has no such group or it did not take part. */
    String get(String name) {
      return groups.contains(name) ? matcher.group(name) : null;
    }

    boolean has(String name) {
      return get(name) != null;
    }
  }
}
