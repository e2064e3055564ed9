package io.wiredchaos.notionwix.mapping;

import java.util.List;
import java.util.Locale;

/** The text transforms (lowercase, uppercase, slug) applied to strings and lists of strings. */
final class Text {

  private Text() {}

  static Object apply(Object value, Transform t) {
    if (value instanceof List<?> list) {
      return list.stream().map(v -> apply(v, t)).toList();
    }
    if (!(value instanceof String s)) {
      return value;
    }
    return switch (t) {
      case LOWERCASE -> s.toLowerCase(Locale.ROOT);
      case UPPERCASE -> s.toUpperCase(Locale.ROOT);
      case SLUG -> Slugs.of(s);
      default -> s;
    };
  }
}
