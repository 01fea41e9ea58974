package io.xinwen.model;

/** Who said a quote; any field may be null (an unnamed speaker keeps title and organization). */
public record Speaker(String name, String title, String organization, String country) {}
