package io.wiredchaos.notionwix.mapping.content;

import java.util.Map;

/**
 * Notion's named colours (notion.md §4.3 {@code ApiColor}) as the hex values of Notion's light theme, so text
 * keeps the colour editors chose. {@code default} and unknown names map to nothing.
 */
final class NotionColors {

  private static final Map<String, String> FOREGROUND = Map.of(
      "gray", "#787774", "brown", "#9F6B53", "orange", "#D9730D", "yellow", "#CB912F", "green", "#448361",
      "blue", "#337EA9", "purple", "#9065B0", "pink", "#C14C8A", "red", "#D44C47");
  private static final Map<String, String> BACKGROUND = Map.of(
      "gray", "#F1F1EF", "brown", "#F4EEEE", "orange", "#FBECDD", "yellow", "#FBF3DB", "green", "#EDF3EC",
      "blue", "#E7F3F8", "purple", "#F6F3F9", "pink", "#FAF1F5", "red", "#FDEBEC");

  private NotionColors() {}

  /** Foreground hex of {@code red}, or null for {@code red_background}, {@code default} and unknown names. */
  static String foreground(String color) {
    return color == null ? null : FOREGROUND.get(color);
  }

  /** Background hex of {@code red_background}, or null otherwise. */
  static String background(String color) {
    if (color == null || !color.endsWith("_background")) {
      return null;
    }
    return BACKGROUND.get(color.substring(0, color.length() - "_background".length()));
  }
}
