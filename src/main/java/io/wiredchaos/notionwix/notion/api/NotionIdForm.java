package io.wiredchaos.notionwix.notion.api;

/** The form Notion's API gives ids in, shared by the id parsers of the adapter and of the mapping. */
public final class NotionIdForm {

  private NotionIdForm() {}

  /** Already lowercase 8-4-4-4-12 (what the Notion API returns): the common case, answered without copying. */
  public static boolean isCanonical(String id) {
    if (id.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = id.charAt(i);
      boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-' : c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
