package io.xinwen.model;

import java.util.List;

/** A person named in an article (full name, keeping the {@code ·} of transliterated names) with every mention. */
public record Person(String name, List<Mention> mentions) {
  public Person {
    mentions = List.copyOf(mentions);
  }
}
