package io.xinwen;

import io.xinwen.model.Article;
import java.time.LocalDate;

/**
 * The front door: {@code Xinwen.pipeline().referenceDate(d).build().process(text)}. Holds no
 * state; each {@link Pipeline} is an immutable, thread-safe instance.
 */
public final class Xinwen {
  private Xinwen() {}

  public static Builder pipeline() {
    return new Builder();
  }

  /** Processes one article with the default pipeline (reference date from the text itself). */
  public static Article process(String rawText) {
    return pipeline().build().process(rawText);
  }

  /** Configures a {@link Pipeline}. */
  public static final class Builder {
    private LocalDate referenceDate;

    private Builder() {}

    /** Forces the article's reference date (like {@code --date}); null means "from the article". */
    public Builder referenceDate(LocalDate date) {
      this.referenceDate = date;
      return this;
    }

    public Pipeline build() {
      return new Pipeline(referenceDate);
    }
  }
}
