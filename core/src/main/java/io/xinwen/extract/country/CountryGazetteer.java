package io.xinwen.extract.country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Chinese names of the countries xinwen knows (ISO 3166-1 states, UN observers, TW/HK/MO): the
 * JDK's CLDR name of each code plus the news aliases, compound abbreviations and capitals of
 * {@code countries.tsv}. Immutable; loadable on its own (the segmenter uses its names).
 */
public final class CountryGazetteer {
  private static final String RESOURCE = "countries.tsv";
  private static final CountryGazetteer DEFAULTS = load();

  /** One country of the gazetteer. */
  public record Entry(
      String code, Status status, List<String> names, String abbreviation, boolean abbreviationNeedsSupport, String capital) {
    public Entry {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(status, "status");
      names = List.copyOf(names);
    }

    /** The Chinese short name (CLDR, zh_CN): the first of {@link #names()}. */
    public String name() {
      return names.get(0);
    }
  }

  /** Why a code is in the gazetteer. */
  public enum Status {
    /** A UN member state. */
    MEMBER,
    /** A UN observer state (PS, VA). */
    OBSERVER,
    /** TW, HK, MO: countries only where the text names them as such. */
    REGION
  }

  private final Map<String, Entry> byCode;
  private final Map<String, String> codeByName;
  private final Map<String, List<String>> codesByAbbreviation;
  private final Map<String, Boolean> abbreviationNeedsSupport;

  private CountryGazetteer(List<Entry> entries) {
    Map<String, Entry> codes = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, List<String>> abbr = new LinkedHashMap<>();
    Map<String, Boolean> support = new LinkedHashMap<>();
    for (Entry e : entries) {
      if (codes.put(e.code(), e) != null) throw new IllegalArgumentException("duplicate code " + e.code());
      for (String n : e.names()) {
        String prev = names.putIfAbsent(n, e.code());
        if (prev != null && !prev.equals(e.code())) {
          throw new IllegalArgumentException("name " + n + " given to both " + prev + " and " + e.code());
        }
      }
      if (!e.abbreviation().isEmpty()) {
        abbr.computeIfAbsent(e.abbreviation(), k -> new ArrayList<>()).add(e.code());
        support.merge(e.abbreviation(), e.abbreviationNeedsSupport(), Boolean::logicalOr);
      }
    }
    abbr.replaceAll((k, v) -> List.copyOf(v));
    abbr.forEach((k, v) -> {
      if (v.size() > 1) support.put(k, true);
    });
    this.byCode = Collections.unmodifiableMap(codes);
    this.codeByName = Collections.unmodifiableMap(names);
    this.codesByAbbreviation = Collections.unmodifiableMap(abbr);
    this.abbreviationNeedsSupport = Collections.unmodifiableMap(support);
  }

  /** The gazetteer built from the bundled {@code countries.tsv}. */
  public static CountryGazetteer defaults() {
    return DEFAULTS;
  }

  /** Reads a gazetteer in the format of the bundled {@code countries.tsv}. */
  public static CountryGazetteer read(InputStream tsv) throws IOException {
    Objects.requireNonNull(tsv, "tsv");
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", -1);
        if (f.length != 5) throw new IOException(RESOURCE + ":" + n + ": expected 5 columns, got " + f.length);
        entries.add(entry(f));
      }
    }
    return new CountryGazetteer(entries);
  }

  private static Entry entry(String[] f) {
    String code = f[0];
    List<String> names = new ArrayList<>();
    names.add(cldrName(code));
    for (String alias : f[2].split("\\|")) {
      if (!alias.isEmpty() && !names.contains(alias)) names.add(alias);
    }
    String abbr = f[3];
    boolean needsSupport = abbr.endsWith("?");
    if (needsSupport) abbr = abbr.substring(0, abbr.length() - 1);
    return new Entry(code, Status.valueOf(f[1].toUpperCase(Locale.ROOT)), names, abbr, needsSupport, f[4]);
  }

  private static String cldrName(String code) {
    String name = new Locale("", code).getDisplayCountry(Locale.SIMPLIFIED_CHINESE);
    if (name.isEmpty() || name.equals(code)) throw new IllegalArgumentException("no CLDR name for " + code);
    return name;
  }

  private static CountryGazetteer load() {
    try (InputStream in = CountryGazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Chinese short name of an ISO 3166-1 alpha-2 code (CLDR), also for codes outside the gazetteer. */
  public String nameOf(String code) {
    Entry e = byCode.get(code);
    return e != null ? e.name() : new Locale("", code).getDisplayCountry(Locale.SIMPLIFIED_CHINESE);
  }

  /** Every country, in code order. */
  public List<Entry> entries() {
    return List.copyOf(byCode.values());
  }

  public Optional<Entry> entry(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The code a full or short name (CLDR name or alias) stands for. */
  public Optional<String> codeOf(String name) {
    return Optional.ofNullable(codeByName.get(name));
  }

  /** Every name (CLDR names and aliases) with its code. */
  public Map<String, String> names() {
    return codeByName;
  }

  /** Every compound abbreviation (哈, 巴, 印尼 …) with the codes it can stand for. */
  public Map<String, List<String>> abbreviations() {
    return codesByAbbreviation;
  }

  /**
   * Whether an abbreviation may only be read as a country the article names elsewhere: true when
   * it is shared by several codes (巴) or marked {@code ?} in the data (意, 文).
   */
  public boolean needsSupport(String abbreviation) {
    return abbreviationNeedsSupport.getOrDefault(abbreviation, true);
  }
}
