package io.wiredchaos.notionwix.cli;

import io.wiredchaos.notionwix.config.NotionVersion;

/** The {@code doctor} line about the Notion API version in use, and whether a newer supported one exists. */
final class NotionVersionNote {

  private NotionVersionNote() {}

  static String describe(NotionVersion version) {
    if (version.isLatest()) {
      return "Notion API version " + version.header() + " (the newest this build supports)";
    }
    return "Notion API version " + version.header() + "; a newer supported version exists: "
        + NotionVersion.LATEST.header() + " (set NOTION_VERSION=" + NotionVersion.LATEST.header()
        + " or unset it; see docs/notion-versions.md)";
  }
}
