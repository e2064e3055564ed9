package io.wiredchaos.notionwix.wix.api;

import java.util.Map;

/**
 * A Wix Data item (wix.md §2.2).
 *
 * @param id the item id ({@code dataItem.id}, equal to {@code data._id})
 * @param data field values keyed by field key, system keys included; dates read as {@code {"$date": "…"}} maps
 */
public record WixItem(String id, Map<String, Object> data) {

  public WixItem {
    data = data == null ? Map.of() : data;
  }
}
