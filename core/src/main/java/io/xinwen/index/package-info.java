/**
 * A Lucene index of processed articles and their facts, and the queries over it.
 *
 * <pre>{@code
 * try (XinwenIndex index = XinwenIndex.open(Path.of("xinwen-index"))) {
 *   index.add(Xinwen.pipeline().build().process(input));   // replaces an article with the same id
 *   index.commit();
 *   Hits<FactHit> usd = index.facts(FactQuery.builder()
 *       .kind("money").unit("USD").min(new BigDecimal("1e9")).country("UZ").build());
 *   Hits<ArticleHit> pv = index.search(new SearchQuery("光伏", "UZ", null, null, 10));
 *   IndexStats stats = index.stats(10);
 * }
 * }</pre>
 *
 * <p>Schema ({@code Fields}): one document per article (id, source, title, text with offsets,
 * published as point + doc values, countries, persons, authors, agency) and one per fact (kind,
 * value as a double point and exact text, unit, approx, date span as epoch-day points, the
 * sentence and its countries and dates, quote speaker fields, offsets, rule), all carrying the
 * article id so {@link io.xinwen.index.XinwenIndex#add} replaces the whole block atomically.
 * Bad query parameters throw {@link io.xinwen.index.InvalidQueryException} naming the parameter;
 * a missing index throws {@link io.xinwen.index.MissingIndexException}. {@link
 * io.xinwen.index.ArchiveIndexer} streams files, directories and JSONL archives into an index.
 */
package io.xinwen.index;
