package io.xinwen.extract.quote;

/**
 * The grammatical gender a name shows, where it shows one: Russian-style endings (-娃, -娅 …
 * female; -夫, -维奇 male) and Vietnamese middle names (氏 female, 文 male). Used only to pick a
 * matching antecedent for 他 / 她; most names show none.
 */
enum Gender {
  FEMALE,
  MALE,
  UNKNOWN;

  private static final String[] FEMALE_ENDINGS = {"娃", "娅", "娜", "莉", "妮", "莎", "丽", "黛", "琪"};
  private static final String[] MALE_ENDINGS = {"夫", "维奇", "耶夫", "诺夫"};

  static Gender of(String name) {
    if (name == null) return UNKNOWN;
    if (name.length() >= 3 && name.charAt(1) == '氏') return FEMALE;
    if (name.length() >= 3 && name.charAt(1) == '文') return MALE;
    String last = name.substring(name.lastIndexOf('·') + 1);
    for (String e : FEMALE_ENDINGS) {
      if (name.contains("·") && last.endsWith(e)) return FEMALE;
    }
    for (String e : MALE_ENDINGS) {
      if (last.endsWith(e)) return MALE;
    }
    return UNKNOWN;
  }

  /** Whether 他 ({@code female} false) or 她 may refer to a person with this name. */
  static boolean compatible(String name, boolean female) {
    Gender g = of(name);
    return g == UNKNOWN || (g == FEMALE) == female;
  }
}
