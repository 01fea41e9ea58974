package io.xinwen.model;

/** A single country mention found by a rule: ISO 3166-1 alpha-2 {@code code}, surface {@code text} at [start, end). */
public record CountryMention(String code, String text, int start, int end, String rule) {}
