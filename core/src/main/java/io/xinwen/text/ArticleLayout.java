package io.xinwen.text;

import io.xinwen.model.Caption;
import io.xinwen.model.Dateline;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * The structure recovered from normalized text. {@code factRegions} are the parts facts are
 * extracted from (title, subtitle, section headings, body, captions without credits); bylines,
 * datelines, headers, meta and editor lines are left out. {@code datelineDay} is the
 * dateline's month and day (its year comes from the reference date), else null.
 */
public record ArticleLayout(
    String title,
    String subtitle,
    List<String> authors,
    Dateline dateline,
    MonthDay datelineDay,
    List<String> sections,
    List<Caption> captions,
    LocalDate published,
    List<Region> factRegions) {
  public ArticleLayout {
    authors = List.copyOf(authors);
    sections = List.copyOf(sections);
    captions = List.copyOf(captions);
    factRegions = List.copyOf(factRegions);
  }

  /** True when a span starting at {@code offset} lies in a fact-bearing region. */
  public boolean isFactOffset(int offset) {
    int lo = 0;
    int hi = factRegions.size() - 1;
    while (lo <= hi) { // regions are sorted and disjoint
      int mid = (lo + hi) >>> 1;
      Region r = factRegions.get(mid);
      if (offset < r.start()) hi = mid - 1;
      else if (offset >= r.end()) lo = mid + 1;
      else return true;
    }
    return false;
  }
}
