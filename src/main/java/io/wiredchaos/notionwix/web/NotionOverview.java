package io.wiredchaos.notionwix.web;

import java.time.Instant;
import java.util.List;

/**
 * Read access to the Notion data source for the dashboard; implemented by the Notion adapter. Methods may throw
 * (unreachable, no token): the routes answer {@code reachable=false} with the error instead.
 */
public interface NotionOverview {

  /** The data source at a glance. */
  record Status(String dataSourceId, String title, int published, int draft, int total, Instant newestEdit) {}

  /** One page as listed; {@code status} is the publish status property's value. */
  record Page(String pageId, String title, String status, Instant lastEdited, String notionUrl) {}

  record Pages(List<Page> items, long total) {}

  Status status();

  /** Pages newest edit first, {@code page} counted from 0. */
  Pages pages(int page, int size);
}
