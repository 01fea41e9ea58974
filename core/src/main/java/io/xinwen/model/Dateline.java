package io.xinwen.model;

/** A dateline such as （新华社北京电） or 新华社塔什干10月14日电（记者 赵文）: agency, place, date (ISO or null), text. */
public record Dateline(String agency, String place, String date, String text) {}
