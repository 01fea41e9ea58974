package io.xinwen.model;

/**
 * A date expression: ISO 8601 {@code value} at its {@code grain} (year|quarter|month|week|day), a
 * span "start/end" for periods, or null when it cannot be resolved; span [start, end); rule id.
 */
public record DateMention(String text, String value, String grain, int start, int end, String rule) {}
