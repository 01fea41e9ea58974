package io.xinwen.model;

/** A photo caption with its credit (photographer) and agency, any of which may be null. */
public record Caption(String text, String credit, String agency) {}
