package io.xinwen.index;

import io.xinwen.Pipeline;
import io.xinwen.io.ArticleInput;
import io.xinwen.io.ArticleReader;
import io.xinwen.io.InputItem;
import io.xinwen.model.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Streams inputs (files, directories, JSONL archives, .gz) through a {@link Pipeline} into a
 * {@link XinwenIndex} with bounded memory, on {@code threads} workers, committing every
 * {@code commitEvery} articles and once at the end. A rerun after a crash re-adds every article,
 * which replaces what was committed, so nothing is duplicated.
 */
public final class ArchiveIndexer {
  /** Told about each article indexed (from worker threads; implementations must be thread-safe). */
  public interface Listener {
    void indexed(Article article);
  }

  /** What a run did: articles indexed, characters of text, facts per kind, inputs skipped with reasons. */
  public record Summary(long articles, long chars, Map<String, Long> factsByKind, List<InputItem.Skipped> skipped, long nanos) {
    public Summary {
      factsByKind = Collections.unmodifiableMap(new TreeMap<>(factsByKind));
      skipped = List.copyOf(skipped);
    }

    public long facts() {
      return factsByKind.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private final Pipeline pipeline;
  private final int threads;
  private final int commitEvery;

  public ArchiveIndexer(Pipeline pipeline, int threads, int commitEvery) {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    if (commitEvery < 1) throw new IllegalArgumentException("commitEvery must be at least 1, was " + commitEvery);
    this.pipeline = pipeline;
    this.threads = threads;
    this.commitEvery = commitEvery;
  }

  /** Indexes every input under {@code paths} (see {@link ArticleReader}) and commits. */
  public Summary run(List<String> paths, ArticleIndex index, Listener listener) {
    long t0 = System.nanoTime();
    AtomicLong articles = new AtomicLong();
    AtomicLong chars = new AtomicLong();
    Map<String, Long> kinds = new TreeMap<>();
    List<InputItem.Skipped> skipped = Collections.synchronizedList(new ArrayList<>());
    ArticleReader reader = new ArticleReader();

    Consumer<ArticleInput> process = input -> {
      Article a;
      try {
        a = pipeline.process(input);
        index.add(a);
      } catch (RuntimeException e) {
        skipped.add(new InputItem.Skipped(input.source() == null ? "?" : input.source(), "cannot index: " + e));
        return;
      }
      chars.addAndGet(a.text().length());
      Map<String, Integer> counts = XinwenIndex.factsByKind(a);
      synchronized (kinds) {
        counts.forEach((k, v) -> kinds.merge(k, (long) v, Long::sum));
      }
      if (listener != null) listener.indexed(a);
      if (articles.incrementAndGet() % commitEvery == 0) index.commit();
    };

    if (threads == 1) {
      reader.read(paths, item -> {
        if (item instanceof InputItem.Loaded l) process.accept(l.input());
        else skipped.add((InputItem.Skipped) item);
      });
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "xinwen-index");
        t.setDaemon(true);
        return t;
      });
      Semaphore inFlight = new Semaphore(threads * 4); // bounded memory: at most this many articles read ahead
      try {
        reader.read(paths, item -> {
          if (item instanceof InputItem.Skipped s) {
            skipped.add(s);
            return;
          }
          inFlight.acquireUninterruptibly();
          pool.execute(() -> {
            try {
              process.accept(((InputItem.Loaded) item).input());
            } finally {
              inFlight.release();
            }
          });
        });
      } finally {
        pool.shutdown();
        try {
          while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            // keep waiting: workers finish the articles already read
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    index.commit();
    return new Summary(articles.get(), chars.get(), kinds, new ArrayList<>(skipped), System.nanoTime() - t0);
  }
}
