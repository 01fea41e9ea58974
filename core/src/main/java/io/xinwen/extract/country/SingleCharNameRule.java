package io.xinwen.extract.country;

import java.util.List;

/** A one-character name standing alone (俄 in 俄总统, 美俄 left over), after every compound rule. */
final class SingleCharNameRule implements Rule {
  static final String ID = "country.name.short";

  @Override
  public List<String> ids() {
    return List.of(ID);
  }

  @Override
  public void apply(Scan scan) {
    String text = scan.text;
    for (int i = 0; i < text.length(); i++) {
      String code = scan.lexicon.singleCharName(text.charAt(i));
      if (code == null || !scan.isFree(i, i + 1)) continue;
      scan.emit(code, i, i + 1, ID);
      scan.claim(i, i + 1);
    }
  }
}
