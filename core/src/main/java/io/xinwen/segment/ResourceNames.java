package io.xinwen.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Names read from a UTF-8 resource beside this class: one name a line, {@code #} starts a comment. */
public final class ResourceNames implements NameSource {
  private final String resource;

  public ResourceNames(String resource) {
    this.resource = resource;
  }

  /** The organisations list, {@code organisations.txt}. */
  public static ResourceNames organisations() {
    return new ResourceNames("organisations.txt");
  }

  @Override
  public Collection<String> names() {
    try (InputStream in = ResourceNames.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      List<String> names = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        int hash = line.indexOf('#');
        String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!name.isEmpty()) names.add(name);
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
  }
}
