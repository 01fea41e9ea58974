package io.xinwen.index;

import io.xinwen.model.Amount;
import io.xinwen.model.Article;
import io.xinwen.model.Country;
import io.xinwen.model.DateMention;
import io.xinwen.model.Mention;
import io.xinwen.model.Person;
import io.xinwen.model.Quote;
import io.xinwen.model.Speaker;
import io.xinwen.text.OffsetMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built articles with facts at exact offsets (found by their surface text), for index tests. */
final class TestArticles {
  private TestArticles() {}

  static Builder article(String id, String published, String... lines) {
    return new Builder(id, published == null ? null : LocalDate.parse(published), String.join("\n", lines));
  }

  /** The three-article fixture the index tests query. */
  static List<Article> fixture() {
    Article a1 = article("a1", "2025-08-28",
            "中乌光伏合作再上新台阶",
            "新华社塔什干8月27日电 乌兹别克斯坦与中国企业签署协议，投资额超12亿美元。",
            "据统计，2024年两国贸易额增长15.5%。",
            "乌兹别克斯坦能源部长米尔扎马赫穆多夫表示，光伏电站将于明年投产。")
        .country("UZ", "中乌").country("CN", "中乌").country("UZ", "乌兹别克斯坦").country("CN", "中国")
        .amount("money", "超12亿美元", "1200000000", "USD", "over")
        .amount("percent", "15.5%", "15.5", "%", "exact")
        .date("2024年", "2024", "year")
        .date("明年", "2026", "year")
        .quote("indirect", "光伏电站将于明年投产。", new Speaker("米尔扎马赫穆多夫", "部长", "乌兹别克斯坦能源部", "UZ"))
        .person("米尔扎马赫穆多夫")
        .build();
    Article a2 = article("a2", "2024-03-10",
            "巴基斯坦经济稳步复苏",
            "本报伊斯兰堡3月9日电 巴基斯坦财政部数据显示，今年1月至2月，该国出口达50亿美元。",
            "巴基斯坦工商联合会主席谢赫说：“中巴经济走廊为两国带来了实实在在的好处。”",
            "当地新建光伏项目装机容量500兆瓦。")
        .country("PK", "巴基斯坦").country("PK", "中巴").country("CN", "中巴")
        .amount("money", "50亿美元", "5000000000", "USD", "exact")
        .amount("quantity", "500兆瓦", "500", "MW", "exact")
        .date("今年1月至2月", "2024-01/2024-02", "month")
        .quote("direct", "中巴经济走廊为两国带来了实实在在的好处。", new Speaker("谢赫", "主席", "巴基斯坦工商联合会", "PK"))
        .person("谢赫")
        .build();
    Article a3 = article("a3", "2025-01-05",
            "哈萨克斯坦粮食出口创新高",
            "哈萨克斯坦农业部称，2024年粮食出口约1200万吨，同比增长30%。",
            "中国是其主要买家之一，中方采购额约8亿美元。",
            "一位官员说，合作前景广阔。")
        .country("KZ", "哈萨克斯坦").country("CN", "中国").country("CN", "中方")
        .amount("quantity", "约1200万吨", "12000000", "t", "about")
        .amount("percent", "30%", "30", "%", "exact")
        .amount("money", "约8亿美元", "800000000", "USD", "about")
        .amount("ordinal", "之一", "1", null, "exact") // not a fact kind the index holds
        .date("2024年", "2024", "year")
        .quote("indirect", "合作前景广阔。", new Speaker(null, "官员", null, "PK"))
        .build();
    return List.of(a1, a2, a3);
  }

  static final class Builder {
    private final String id;
    private final LocalDate published;
    private final String text;
    private final Map<String, List<Mention>> countries = new LinkedHashMap<>();
    private final List<Amount> amounts = new ArrayList<>();
    private final List<DateMention> dates = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Person> persons = new ArrayList<>();

    private Builder(String id, LocalDate published, String text) {
      this.id = id;
      this.published = published;
      this.text = text;
    }

    private int at(String surface) {
      int i = text.indexOf(surface);
      if (i < 0) throw new IllegalArgumentException("not in text: " + surface);
      return i;
    }

    /** Every occurrence of {@code surface} is a mention of {@code code}. */
    Builder country(String code, String surface) {
      List<Mention> ms = countries.computeIfAbsent(code, k -> new ArrayList<>());
      for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + surface.length())) {
        ms.add(new Mention(surface, i, i + surface.length(), "test.country"));
      }
      if (ms.isEmpty()) throw new IllegalArgumentException("not in text: " + surface);
      return this;
    }

    Builder amount(String kind, String surface, String value, String unit, String approx) {
      int s = at(surface);
      amounts.add(new Amount(kind, surface, new BigDecimal(value), null, unit, approx, s, s + surface.length(), "test." + kind));
      return this;
    }

    Builder date(String surface, String value, String grain) {
      int s = at(surface);
      dates.add(new DateMention(surface, value, grain, s, s + surface.length(), "test.date"));
      return this;
    }

    Builder quote(String kind, String words, Speaker speaker) {
      int s = at(words);
      quotes.add(new Quote(kind, words, speaker, s, s + words.length(), "test.quote"));
      return this;
    }

    Builder person(String name) {
      int s = at(name);
      persons.add(new Person(name, List.of(new Mention(name, s, s + name.length(), "test.person"))));
      return this;
    }

    Article build() {
      List<Country> cs = new ArrayList<>();
      countries.forEach((code, ms) -> cs.add(new Country(code, code, ms.stream().sorted((x, y) -> x.start() - y.start()).toList())));
      String title = text.substring(0, text.indexOf('\n'));
      return new Article("test/" + id + ".txt", id, published, published, title, null, List.of("记者"), null,
          List.of(), List.of(), text, cs, amounts, dates, quotes, persons, OffsetMap.identity(), List.of());
    }
  }
}
