package io.xinwen.extract.date;

import java.util.Locale;

/** The grain a date value is stated at; the contract writes it in lower case. */
enum Grain {
  YEAR,
  MONTH,
  DAY;

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  Grain finer(Grain other) {
    return ordinal() >= other.ordinal() ? this : other;
  }
}
