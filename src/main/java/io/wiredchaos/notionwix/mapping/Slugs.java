package io.wiredchaos.notionwix.mapping;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text into a URL slug: accents folded ({@link Normalizer} NFKD, combining marks dropped), lowercase ASCII,
 * words joined by {@code -}, everything else dropped. {@code "Crème Brûlée: 2 façons!"} →
 * {@code "creme-brulee-2-facons"}.
 */
public final class Slugs {

  /** Wix has no documented slug limit; long slugs are cut at a word boundary to keep URLs readable. */
  static final int MAX_LENGTH = 80;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Slugs() {}

  /** The slug of {@code text}; empty when nothing slug-worthy remains (all punctuation or non-Latin). */
  public static String of(String text) {
    if (text == null) {
      return "";
    }
    String slug = join(ascii(text) ? text : MARKS.matcher(
        Normalizer.normalize(fold(text), Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT));
    if (slug.length() > MAX_LENGTH) {
      int cut = slug.lastIndexOf('-', MAX_LENGTH);
      slug = slug.substring(0, cut > 0 ? cut : MAX_LENGTH);
    }
    return slug;
  }

  /** ASCII text is its own NFKD form, has no marks and nothing to fold: the slow steps can be skipped. */
  private static boolean ascii(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Lowercases ASCII letters, drops apostrophes ({@code '} and {@code ’}), turns every run of other characters
   * into one {@code -} and trims {@code -} at both ends: the regexes {@code ['’]} → "", {@code [^a-z0-9]+} →
   * "-", {@code ^-+|-+$} → "" in one pass ({@code text} is already lowercased when it was not ASCII).
   */
  private static String join(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean separator = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        if (separator && !out.isEmpty()) {
          out.append('-');
        }
        separator = false;
        out.append(c);
      } else if (c != '\'' && c != '’') {
        separator = true;
      }
    }
    return out.toString();
  }

  /** Letters NFKD leaves whole (ß, æ, ø, ł, đ, þ, œ). */
  private static String fold(String text) {
    return text.replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("ø", "o").replace("Ø", "O")
        .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("þ", "th")
        .replace("Þ", "Th").replace("œ", "oe").replace("Œ", "OE");
  }
}
