/**
 * Countries (ISO 3166-1 alpha-2) in Chinese news text.
 *
 * <p>{@link io.xinwen.extract.country.CountryGazetteer} is the data: every UN member and observer
 * state plus TW/HK/MO, with the JDK's CLDR Chinese name of each and the news aliases, compound
 * letters and capitals of {@code countries.tsv}. {@link io.xinwen.extract.country.CountryExtractor}
 * runs its rules in this order, each taking the characters it reads:
 *
 * <ol>
 *   <li>{@code country.name} / {@code country.compound.fixed} / {@code country.capital}: one
 *       leftmost-longest dictionary pass over names, fixed compounds ({@code compounds.tsv}),
 *       capitals (countries only when enabled) and traps ({@code traps.txt}: 中泰集团, 美元,
 *       哈尔滨, 中亚, 发展中国家 … take their span and yield nothing);
 *   <li>{@code country.side}: 中方, 哈方, 沙特方;
 *   <li>{@code country.hua}: 对华, 访华, 在华 …;
 *   <li>{@code country.ours}: 我国;
 *   <li>{@code country.compound}: 中哈, 中俄蒙, 哈中关系, 日韩 (one mention per letter, shared span;
 *       {@code compound-stops.txt} keeps 中美好, 中老年 out);
 *   <li>{@code country.list}: 俄、美、英等国;
 *   <li>{@code country.attributive}: 美媒, 日企, 据美总统, 驻塔大使, 乌第一大;
 *   <li>{@code country.name.short}: 俄 standing alone.
 * </ol>
 *
 * <p>A letter shared by several countries (巴 PK/BR/PS, 乌 UZ/UA, 马, 新, 塞 …) or marked {@code ?}
 * in the data (意, 文, 古 …) is read as the country the article names in full (the nearest such
 * name when several are), and left out when the article names none of them.
 */
package io.xinwen.extract.country;
