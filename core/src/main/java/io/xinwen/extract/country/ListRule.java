package io.xinwen.extract.country;

import java.util.ArrayList;
import java.util.List;

/**
 * Country letters listed with 、 before 等国 or a count of countries: 俄、美、英等国 → RU 俄,
 * US 美, GB 英, each letter its own mention. Shared letters take the country the article names;
 * a letter nothing supports is left out.
 */
final class ListRule implements Rule {
  static final String ID = "country.list";

  private static final List<String> AFTER = List.of("等国", "等", "两国", "三国", "四国", "五国", "六国", "七国", "八国");

  @Override
  public List<String> ids() {
    return List.of(ID);
  }

  @Override
  public void apply(Scan scan) {
    String text = scan.text;
    int i = 0;
    while (i < text.length()) {
      List<int[]> items = new ArrayList<>();
      int j = i;
      while (j < text.length()) {
        String a = scan.lexicon.abbreviationAt(text, j);
        if (a == null || !scan.isFree(j, j + a.length())) break;
        items.add(new int[] {j, j + a.length()});
        j += a.length();
        if (j + 1 < text.length() && text.charAt(j) == '、') j++;
        else break;
      }
      if (items.size() >= 2 && j == items.get(items.size() - 1)[1] && followedByCount(text, j)) {
        for (int[] it : items) {
          String code = scan.resolve(text.substring(it[0], it[1]), it[0]);
          if (code == null) continue;
          scan.emit(code, it[0], it[1], ID);
          scan.claim(it[0], it[1]);
        }
        i = j;
      } else {
        i++;
      }
    }
  }

  private static boolean followedByCount(String text, int at) {
    for (String a : AFTER) {
      if (text.startsWith(a, at)) return true;
    }
    return false;
  }
}
