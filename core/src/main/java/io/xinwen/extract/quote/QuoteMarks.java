package io.xinwen.extract.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs Chinese double quotation marks (“ ”) into top-level spans. Single marks (‘ ’) and quotes
 * nested inside a span stay part of its words; 《…》 is a title, never paired. A quote left open
 * at a paragraph end continues when the next paragraph opens with “ (its pieces skip that mark).
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /** One top-level quoted span: {@code open}/{@code close} are the mark positions, pieces the words between them. */
  record Marked(int open, int close, List<int[]> pieces) {
    Marked {
      pieces = List.copyOf(pieces);
    }

    /** Whether {@code i} lies between the marks. */
    boolean contains(int i) {
      return i > open && i < close;
    }
  }

  static List<Marked> pair(String text) {
    List<Marked> out = new ArrayList<>();
    int open = -1;
    int depth = 0;
    int pieceStart = -1;
    List<int[]> pieces = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“') {
        if (depth == 0) {
          open = i;
          pieceStart = i + 1;
          pieces.clear();
          depth = 1;
        } else if (i > 0 && text.charAt(i - 1) == '\n' && depth == 1 && pieceStart >= 0) {
          // continuation of a quote over paragraphs: the previous paragraph ended without ”
          int prevEnd = i - 1;
          pieces.add(new int[] {pieceStart, prevEnd});
          pieceStart = i + 1;
        } else {
          depth++;
        }
      } else if (c == '”' && depth > 0) {
        depth--;
        if (depth == 0) {
          pieces.add(new int[] {pieceStart, i});
          out.add(new Marked(open, i, pieces));
          pieces = new ArrayList<>();
          open = -1;
        }
      } else if (c == '\n' && depth > 0 && !continuesAfter(text, i)) {
        if (closesOnNextLine(text, i)) {
          // a line break left inside the words (a column break): join across it
          pieces.add(new int[] {pieceStart, i});
          pieceStart = i + 1;
        } else {
          // an unclosed quote that the next paragraph does not continue: drop it
          depth = 0;
          open = -1;
          pieces.clear();
        }
      }
    }
    return out;
  }

  /** Whether the next line holds a ” before any “ (so the break is inside the quoted words). */
  private static boolean closesOnNextLine(String text, int newline) {
    for (int k = newline + 1; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '”') return true;
      if (c == '“' || c == '\n') return false;
    }
    return false;
  }

  private static boolean continuesAfter(String text, int newline) {
    return newline + 1 < text.length() && text.charAt(newline + 1) == '“';
  }
}
