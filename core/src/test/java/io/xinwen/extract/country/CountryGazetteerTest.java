package io.xinwen.extract.country;

import static org.assertj.core.api.Assertions.assertThat;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.extract.country.CountryGazetteer.Entry;
import io.xinwen.extract.country.CountryGazetteer.Status;
import io.xinwen.model.CountryMention;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CountryGazetteerTest {
  private static final CountryGazetteer GAZETTEER = CountryGazetteer.defaults();
  private static final CountryExtractor EXTRACTOR = new CountryExtractor();

  @Test
  void holdsAll193UnMembersTwoObserversAndThreeRegions() {
    assertThat(GAZETTEER.entries().stream().filter(e -> e.status() == Status.MEMBER)).hasSize(193);
    assertThat(GAZETTEER.entries().stream().filter(e -> e.status() == Status.OBSERVER).map(Entry::code))
        .containsExactlyInAnyOrder("PS", "VA");
    assertThat(GAZETTEER.entries().stream().filter(e -> e.status() == Status.REGION).map(Entry::code))
        .containsExactlyInAnyOrder("TW", "HK", "MO");
    assertThat(GAZETTEER.entries()).allMatch(e -> List.of(Locale.getISOCountries()).contains(e.code()));
  }

  static Stream<Entry> members() {
    return GAZETTEER.entries().stream().filter(e -> e.status() != Status.REGION);
  }

  /** Every UN member and observer: its Chinese CLDR name, alone in a text, is exactly one mention of its code. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("members")
  void cldrNameRoundTrips(Entry e) {
    String name = new Locale("", e.code()).getDisplayCountry(Locale.SIMPLIFIED_CHINESE);
    assertThat(GAZETTEER.codeOf(name)).contains(e.code());
    assertThat(GAZETTEER.nameOf(e.code())).isEqualTo(name);
    String text = "据报道，" + name + "表示欢迎。";
    List<CountryMention> found = EXTRACTOR.extract(ExtractionContext.of(text, null));
    assertThat(found).extracting(CountryMention::code, CountryMention::text, CountryMention::start)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(e.code(), name, 4));
  }

  @Test
  void aliasesAndAbbreviations() {
    assertThat(GAZETTEER.codeOf("阿联酋")).contains("AE");
    assertThat(GAZETTEER.codeOf("印尼")).contains("ID");
    assertThat(GAZETTEER.codeOf("巴勒斯坦")).contains("PS");
    assertThat(GAZETTEER.abbreviations().get("巴")).containsExactlyInAnyOrder("PK", "BR", "PS");
    assertThat(GAZETTEER.abbreviations().get("乌")).containsExactlyInAnyOrder("UZ", "UA");
    assertThat(GAZETTEER.abbreviations().get("哈")).containsExactly("KZ");
    assertThat(GAZETTEER.needsSupport("巴")).isTrue();
    assertThat(GAZETTEER.needsSupport("意")).isTrue();
    assertThat(GAZETTEER.needsSupport("哈")).isFalse();
    assertThat(GAZETTEER.needsSupport("没有")).isTrue();
  }

  @Test
  void nameOfCodesOutsideTheGazetteerFallsBackToCldr() {
    assertThat(GAZETTEER.nameOf("PR")).isEqualTo("波多黎各");
    assertThat(GAZETTEER.nameOf("CN")).isEqualTo("中国");
  }
}
