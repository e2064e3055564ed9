package io.wiredchaos.notionwix.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The hand-written fast paths (slugs, Notion date-times, Notion file keys) give exactly what the library code they
 * replace gave (kept here as the reference), on random inputs near and far from the shapes they accept.
 */
class QuickPathsTest {

  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  @Property(tries = 3000)
  void slugsAreThoseOfTheRegexDefinition(@ForAll long seed) {
    Random random = new Random(seed);
    String[] pieces = {"a", "Z", "q", "0", "9", " ", "-", "--", "'", "’", "!", ".", "_", "é", "È", "ß", "Æ", "ø",
        "ł", "œ", "Ｆ", "Ⅻ", "İ", "ﬁ", "\u0301", "日本", "😀", "\t", "K", "Å", "ǅ", "Ω", "ｱ", "①", "x".repeat(30)};
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(40); i > 0; i--) {
      text.append(pieces[random.nextInt(random.nextBoolean() ? 16 : pieces.length)]);
    }
    assertThat(Slugs.of(text.toString())).isEqualTo(regexSlug(text.toString()));
  }

  @Property(tries = 5000)
  void dateTimesAreThoseOfJavaTime(@ForAll long seed) {
    Random random = new Random(seed);
    String text = randomDateTime(random);
    assertThat(DateValues.value(text, false)).isEqualTo(javaTimeValue(text));
  }

  @Test
  void commonNotionDateTimes() {
    for (String text : new String[] {"2026-09-15T10:14:00.000Z", "2026-09-15T09:00:00.000+02:00",
        "2024-02-29T23:59:59.999-05:30", "2025-02-29T10:00:00.000Z", "2026-09-15T10:14Z", "2026-09-15T10:14:07Z",
        "2026-12-31T23:30:00.5-01:00", "1000-01-01T00:00:00.000+01:00", "9999-12-31T23:00:00.000-02:00",
        "2026-09-15T24:00:00.000Z", "2026-09-15T10:14:60.000Z", "2026-09-15t10:14:00.000z", "2026-09-15T10:14:00.Z",
        "2026-09-15T10:14:00.1234567891Z", "+12026-09-15T10:14:00Z", "2026-09-15T10:14:00+18:00",
        "2026-09-15T10:14:00-00:00", "2026-09-15T10:14:00+05:30:15", "2026-09-15T10:14:00+0530", "0999-01-01T00:00Z"}) {
      assertThat(DateValues.value(text, false)).as(text).isEqualTo(javaTimeValue(text));
    }
  }

  @Property(tries = 3000)
  void instantsAreFormattedAsJavaTimeDoes(@ForAll long seed) {
    Random random = new Random(seed);
    long bound = random.nextInt(4) == 0 ? Instant.MAX.getEpochSecond() : 400_000_000_000L;
    Instant instant = Instant.ofEpochSecond(random.nextLong(-bound, bound), random.nextInt(1_000_000_000));
    assertThat(DateValues.dateTime(instant)).isEqualTo(Map.of("$date", ISO_MILLIS.format(instant)));
  }

  @Property(tries = 5000)
  void fileKeysAreThoseOfUriParsing(@ForAll long seed) {
    Random random = new Random(seed);
    String[] schemes = {"https://", "http://", "HTTPS://", "ftp://", "https:/", "", "https://user@"};
    String[] hosts = {"prod-files-secure.s3.us-west-2.amazonaws.com", "example.com", "localhost", "a", "1.2.3.4",
        "a-.com", "-a.com", "a..com", "a.com.", "a_b.com", "xn--bcher-kva.example", "a.1com", "1a.com", "a.b-c.d9",
        "[::1]", "a.com:8080", "", "é.com", "A.COM"};
    String[] parts = {"/", "a", "Z", "0", "-", "_", ".", "~", "%2F", "%zz", "%4", "!", "'", "(", ")", "*", ":", "@",
        "&", "=", "+", "$", ",", ";", "[", "]", "?", "#", " ", "é", "\"", "<", "|", "\\", "^", "`", "{", "%"};
    StringBuilder url = new StringBuilder(schemes[random.nextInt(random.nextInt(3) == 0 ? schemes.length : 2)]);
    url.append(hosts[random.nextInt(random.nextInt(3) == 0 ? hosts.length : 2)]);
    for (int i = random.nextInt(25); i > 0; i--) {
      url.append(parts[random.nextInt(random.nextBoolean() ? 25 : parts.length)]);
    }
    assertThat(MediaPlaceholder.sourceKeyOf(url.toString())).as(url.toString()).isEqualTo(uriKey(url.toString()));
  }

  @Test
  void notionSignedUrl() {
    String url = "https://prod-files-secure.s3.us-west-2.amazonaws.com/3c5e8a21-7f4b/0a1b2c3d/cover.jpg"
        + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA%2F20260915%2Fus-west-2%2Fs3%2Faws4_request"
        + "&X-Amz-Date=20260915T101400Z&X-Amz-Expires=3600&X-Amz-Signature=0f1e&X-Amz-SignedHeaders=host&x-id=GetObject";
    assertThat(QuickUrl.hostAndPath(url)).isEqualTo(uriKey(url))
        .isEqualTo("prod-files-secure.s3.us-west-2.amazonaws.com/3c5e8a21-7f4b/0a1b2c3d/cover.jpg");
  }

  private static String randomDateTime(Random random) {
    StringBuilder text = new StringBuilder();
    text.append(random.nextInt(5) == 0 ? String.format("%04d", random.nextInt(10000)) : "20" + random.nextInt(10)
        + random.nextInt(10));
    text.append('-').append(two(random, 13)).append('-').append(two(random, 32)).append(random.nextInt(20) == 0 ? 't'
        : 'T').append(two(random, 25)).append(':').append(two(random, 61));
    if (random.nextInt(4) > 0) {
      text.append(':').append(two(random, 61));
      if (random.nextInt(3) > 0) {
        text.append('.');
        for (int i = random.nextInt(11); i > 0; i--) {
          text.append(random.nextInt(10));
        }
      }
    }
    switch (random.nextInt(6)) {
      case 0, 1 -> text.append('Z');
      case 2, 3 -> text.append(random.nextBoolean() ? '+' : '-').append(two(random, 20)).append(':')
          .append(two(random, 61));
      case 4 -> text.append(random.nextBoolean() ? "z" : "+05");
      default -> { }
    }
    if (random.nextInt(10) == 0) {
      int at = random.nextInt(text.length());
      text.setCharAt(at, "0:-T.Z+9 x".charAt(random.nextInt(10)));
    }
    return text.toString();
  }

  private static String two(Random random, int bound) {
    return String.format("%02d", random.nextInt(bound));
  }

  /** DateValues.value before the fast path (for texts longer than a date, not date-only). */
  private static Object javaTimeValue(String notionDate) {
    if (notionDate.length() == 10) {
      return notionDate;
    }
    try {
      return Map.of("$date", ISO_MILLIS.format(OffsetDateTime.parse(notionDate).toInstant()));
    } catch (DateTimeParseException e) {
      try {
        return Map.of("$date", ISO_MILLIS.format(Instant.parse(notionDate)));
      } catch (DateTimeParseException again) {
        return notionDate;
      }
    }
  }

  /** Slugs.of before the regex-free version. */
  private static String regexSlug(String text) {
    String folded = Normalizer.normalize(text.replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE")
        .replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("đ", "d")
        .replace("Đ", "D").replace("þ", "th").replace("Þ", "Th").replace("œ", "oe").replace("Œ", "OE"),
        Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = folded.toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-+|-+$)", "");
    if (slug.length() > Slugs.MAX_LENGTH) {
      int cut = slug.lastIndexOf('-', Slugs.MAX_LENGTH);
      slug = slug.substring(0, cut > 0 ? cut : Slugs.MAX_LENGTH);
    }
    return slug;
  }

  /** MediaPlaceholder.sourceKeyOf before the fast path. */
  private static String uriKey(String url) {
    try {
      URI uri = URI.create(url);
      if (uri.getHost() != null) {
        return uri.getHost() + (uri.getRawPath() == null ? "" : uri.getRawPath());
      }
    } catch (IllegalArgumentException e) {
      // not a URI
    }
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }
}
