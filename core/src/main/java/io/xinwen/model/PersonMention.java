package io.xinwen.model;

/** A single person mention: {@code name} is the canonical (full) name, {@code text} the surface form at [start, end). */
public record PersonMention(String name, String text, int start, int end, String rule) {}
