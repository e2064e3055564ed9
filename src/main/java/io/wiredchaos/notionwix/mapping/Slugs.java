package io.wiredchaos.notionwix.mapping;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text into a URL slug: accents folded ({@link Normalizer} NFKD, combining marks dropped), lowercase ASCII,
 * words joined by {@code -}, everything else dropped. {@code "Crème Brûlée: 2 façons!"} →
 * {@code "creme-brulee-2-facons"}.
 */
public final class Slugs {

  /** Wix has no documented slug limit; long slugs are cut at a word boundary to keep URLs readable. */
  static final int MAX_LENGTH = 80;

  private Slugs() {}

  /** The slug of {@code text}; empty when nothing slug-worthy remains (all punctuation or non-Latin). */
  public static String of(String text) {
    if (text == null) {
      return "";
    }
    String folded = Normalizer.normalize(fold(text), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = folded.toLowerCase(Locale.ROOT)
        .replaceAll("['’]", "")
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-+|-+$)", "");
    if (slug.length() > MAX_LENGTH) {
      int cut = slug.lastIndexOf('-', MAX_LENGTH);
      slug = slug.substring(0, cut > 0 ? cut : MAX_LENGTH);
    }
    return slug;
  }

  /** Letters NFKD leaves whole (ß, æ, ø, ł, đ, þ, œ). */
  private static String fold(String text) {
    return text.replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("ø", "o").replace("Ø", "O")
        .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("þ", "th")
        .replace("Þ", "Th").replace("œ", "oe").replace("Œ", "OE");
  }
}
