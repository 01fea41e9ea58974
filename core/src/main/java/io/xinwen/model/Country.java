package io.xinwen.model;

import java.util.List;

/** A country named in an article (ISO 3166-1 alpha-2 code, Chinese name) with every mention. */
public record Country(String code, String name, List<Mention> mentions) {
  public Country {
    mentions = List.copyOf(mentions);
  }
}
