package io.wiredchaos.notionwix.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The excerpt scan gives exactly the text of its first definition (regex collapse, strip, cut), which is hashed. */
class ExcerptTest {

  private static final String[] PIECES = {"a", "word", " ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u2003", "\u00A0",
      "\u3000", "😀", "\uD83D", "\uDE00", "é", "x".repeat(120)};

  @Property(tries = 2000)
  void sameAsTheRegexDefinition(@ForAll long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(random.nextBoolean() ? 20 : 400); i > 0; i--) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    assertThat(PageMapper.excerpt(text.toString())).isEqualTo(regexDefinition(text.toString()));
  }

  private static String regexDefinition(String plainText) {
    String text = plainText.replaceAll("\\s+", " ").strip();
    if (text.codePointCount(0, text.length()) <= PageMapper.EXCERPT_LENGTH) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, PageMapper.EXCERPT_LENGTH));
  }
}
