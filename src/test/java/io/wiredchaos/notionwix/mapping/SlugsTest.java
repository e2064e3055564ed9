package io.wiredchaos.notionwix.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlugsTest {

  @Test
  void foldsAccentsAndDropsPunctuation() {
    assertThat(Slugs.of("Crème Brûlée: 2 façons!")).isEqualTo("creme-brulee-2-facons");
    assertThat(Slugs.of("  Straße & Smørrebrød  ")).isEqualTo("strasse-smorrebrod");
    assertThat(Slugs.of("Don't panic — it's fine")).isEqualTo("dont-panic-its-fine");
    assertThat(Slugs.of("Ｆｕｌｌｗｉｄｔｈ Ⅻ")).isEqualTo("fullwidth-xii");
    assertThat(Slugs.of("日本語")).isEmpty();
    assertThat(Slugs.of(null)).isEmpty();
    assertThat(Slugs.of("word ".repeat(40))).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-");
  }

  @Test
  void camelCaseFieldNames() {
    assertThat(FieldNames.camelCase("Publish Date")).isEqualTo("publishDate");
    assertThat(FieldNames.camelCase("Word count x2 (formula)")).isEqualTo("wordCountX2Formula");
    assertThat(FieldNames.camelCase("URL")).isEqualTo("url");
    assertThat(FieldNames.camelCase("Résumé PDF")).isEqualTo("resumePdf");
    assertThat(FieldNames.camelCase("2nd place")).isEqualTo("f2ndPlace");
    assertThat(FieldNames.camelCase("🔥")).isEqualTo("field");
  }

  @Test
  void collisionsGetSuffixesByCreationTime() {
    Instant t = Instant.parse("2026-09-01T09:00:00Z");
    List<SlugAllocator.Candidate> candidates = List.of(
        new SlugAllocator.Candidate("c", t.plusSeconds(120), "hello"),
        new SlugAllocator.Candidate("a", t, "hello"),
        new SlugAllocator.Candidate("b", t.plusSeconds(60), "hello"),
        new SlugAllocator.Candidate("d", t.plusSeconds(60), "hello-2"),
        new SlugAllocator.Candidate("e", t, ""));
    Map<String, String> slugs = SlugAllocator.allocate(candidates);
    assertThat(slugs).containsEntry("a", "hello").containsEntry("b", "hello-3").containsEntry("c", "hello-4")
        .containsEntry("d", "hello-2").containsEntry("e", "page");
    List<SlugAllocator.Candidate> shuffled = new ArrayList<>(candidates);
    Collections.reverse(shuffled);
    assertThat(SlugAllocator.allocate(shuffled)).isEqualTo(slugs);
  }

  @Test
  void equalTimesAreOrderedById() {
    Instant t = Instant.parse("2026-09-01T09:00:00Z");
    Map<String, String> slugs = SlugAllocator.allocate(List.of(
        new SlugAllocator.Candidate("bbb", t, "x"), new SlugAllocator.Candidate("aaa", t, "x")));
    assertThat(slugs).containsEntry("aaa", "x").containsEntry("bbb", "x-2");
  }
}
