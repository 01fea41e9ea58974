package io.xinwen.index;

import java.time.LocalDate;

/** The article a hit belongs to: its id (content hash or input id), title, source and published date (may be null). */
public record ArticleRef(String id, String title, String source, LocalDate published) {}
