package io.xinwen.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted passages of the stored article text, as {@link Snippet}s whose offsets are exact
 * offsets into {@code Article.text()} (postings carry offsets; passages break at sentences).
 */
final class Snippets {
  private static final int MAX_HIGHLIGHT_LENGTH = 1_000_000;

  private Snippets() {}

  /** Up to {@code max} snippets of {@link Fields#TEXT} per document, in the order of {@code docIds}. */
  @SuppressWarnings("unchecked")
  static List<List<Snippet>> of(IndexSearcher s, Analyzer analyzer, Query query, int[] docIds, int max) throws IOException {
    Object[] found = highlighter(s, analyzer).snippets(Fields.TEXT, query, docIds, max);
    List<List<Snippet>> out = new ArrayList<>(docIds.length);
    for (Object o : found) out.add(o == null ? List.of() : (List<Snippet>) o);
    return out;
  }

  private static SnippetHighlighter highlighter(IndexSearcher s, Analyzer analyzer) {
    return new SnippetHighlighter(UnifiedHighlighter.builder(s, analyzer)
        .withMaxLength(MAX_HIGHLIGHT_LENGTH)
        .withBreakIterator(SentenceBreakIterator::new)
        .withFormatter(new SnippetFormatter()));
  }

  /** Exposes the highlighter's object results (our {@link Snippet} lists). */
  private static final class SnippetHighlighter extends UnifiedHighlighter {
    SnippetHighlighter(UnifiedHighlighter.Builder b) {
      super(b);
    }

    Object[] snippets(String field, Query query, int[] docIds, int maxPassages) throws IOException {
      return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {maxPassages}).get(field);
    }
  }

  /** Turns highlighter passages into {@link Snippet}s with offsets into the stored article text. */
  private static final class SnippetFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Snippet> out = new ArrayList<>();
      for (Passage p : passages) {
        List<Span> hl = new ArrayList<>();
        for (int i = 0; i < p.getNumMatches(); i++) {
          int st = p.getMatchStarts()[i];
          int en = p.getMatchEnds()[i];
          if (!hl.isEmpty() && st <= hl.get(hl.size() - 1).end()) {
            Span last = hl.remove(hl.size() - 1); // overlapping bigrams: merge into one highlight
            hl.add(new Span(last.start(), Math.max(last.end(), en)));
          } else {
            hl.add(new Span(st, en));
          }
        }
        int start = p.getStartOffset();
        int end = p.getEndOffset();
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) end--;
        final int e = end;
        hl.removeIf(h -> h.end() > e);
        out.add(new Snippet(start, end, content.substring(start, end), hl));
      }
      return out;
    }
  }
}
