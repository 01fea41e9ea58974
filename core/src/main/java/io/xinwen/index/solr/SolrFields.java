package io.xinwen.index.solr;

import io.xinwen.index.Facet;
import java.util.Locale;

/**
 * Field names that only {@code solr/configset/managed-schema.xml} has (the unique {@code id},
 * {@code score}, the facet fields); every other field is named as in the embedded index's
 * {@link io.xinwen.index.Fields}, since documents are converted field for field.
 */
final class SolrFields {
  private SolrFields() {}

  static final String ID = SolrDocuments.ID;
  static final String SCORE = "score";

  /** The doc-values field counting {@code facet}: {@code facet.country}, {@code facet.kind}, … */
  static String facet(Facet facet) {
    return "facet." + facet.name().toLowerCase(Locale.ROOT);
  }
}
