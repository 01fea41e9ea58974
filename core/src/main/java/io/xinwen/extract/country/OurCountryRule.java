package io.xinwen.extract.country;

import java.util.List;

/** 我国 (our country) in Chinese news is China. */
final class OurCountryRule implements Rule {
  static final String ID = "country.ours";

  @Override
  public List<String> ids() {
    return List.of(ID);
  }

  @Override
  public void apply(Scan scan) {
    String text = scan.text;
    for (int i = text.indexOf("我国"); i >= 0; i = text.indexOf("我国", i + 2)) {
      if (!scan.isFree(i, i + 2)) continue;
      scan.emit("CN", i, i + 2, ID);
      scan.claim(i, i + 2);
    }
  }
}
