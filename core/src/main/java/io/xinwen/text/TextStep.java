package io.xinwen.text;

/** One normalization step: text in, cleaned text plus the offset map back to the input out. */
interface TextStep {
  NormalizedText apply(String text);
}
