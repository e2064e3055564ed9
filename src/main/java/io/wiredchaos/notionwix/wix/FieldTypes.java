package io.wiredchaos.notionwix.wix;

import java.util.Map;
import java.util.Set;

/**
 * Whether a collection field can hold the values the mapping writes for a type (wix.md §3.3, §3.4 value formats).
 * Wix does not enforce the schema (wix.md §9.11), so a wrong type stores values the site then shows wrongly; this
 * is the check that catches it before a run.
 */
final class FieldTypes {

  /** Besides the same type and ANY: the field types that also take values written for a type. */
  private static final Map<String, Set<String>> ALSO = Map.of(
      "TEXT", Set.of("RICH_TEXT", "URL", "EMAIL", "SLUG"),
      "URL", Set.of("TEXT"),
      "EMAIL", Set.of("TEXT"),
      "DATE", Set.of("DATETIME", "TEXT"), // a date-only value is sent as midnight UTC to DATETIME (WixValues)
      "DATETIME", Set.of("DATE"), // a Notion date fits either (the mapping's own rule, mapping.WixTypes)
      "ARRAY_STRING", Set.of("ARRAY", "MULTI_REFERENCE"),
      "RICH_CONTENT", Set.of("OBJECT"));

  private FieldTypes() {}

  /** Whether a field of type {@code actual} takes the values the mapping writes as {@code expected}. */
  static boolean compatible(String expected, String actual) {
    return expected.equals(actual) || "ANY".equals(actual) || ALSO.getOrDefault(expected, Set.of()).contains(actual);
  }
}
