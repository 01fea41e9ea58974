package io.xinwen.index;

/** The dimensions the index counts: countries named, fact kind, unit, quote speaker, year. */
public enum Facet {
  COUNTRY("facet.country"),
  KIND("facet.kind"),
  UNIT("facet.unit"),
  SPEAKER("facet.speaker"),
  YEAR("facet.year");

  final String field;

  Facet(String field) {
    this.field = field;
  }
}
