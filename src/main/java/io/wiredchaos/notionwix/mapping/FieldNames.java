package io.wiredchaos.notionwix.mapping;

import java.text.Normalizer;
import java.util.Locale;

/** Notion property names as Wix field keys: camelCase ASCII ({@code Publish Date} → {@code publishDate}). */
public final class FieldNames {

  private FieldNames() {}

  public static String camelCase(String name) {
    String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String[] words = folded.split("[^A-Za-z0-9]+");
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      boolean allUpper = word.equals(word.toUpperCase(Locale.ROOT));
      String w = allUpper ? word.toLowerCase(Locale.ROOT) : word;
      if (out.isEmpty()) {
        out.append(Character.toLowerCase(w.charAt(0))).append(w.substring(1));
      } else {
        out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
    }
    if (out.isEmpty()) {
      return "field";
    }
    return Character.isDigit(out.charAt(0)) ? "f" + out : out.toString();
  }
}
