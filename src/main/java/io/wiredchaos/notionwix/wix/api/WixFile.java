package io.wiredchaos.notionwix.wix.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/**
 * A Media Manager file descriptor (wix.md §6.1).
 *
 * @param id Wix file id, e.g. {@code 3f9a1c_0d4b…~mv2.png}
 * @param displayName file name shown in the Media Manager
 * @param url static URL ({@code https://static.wixstatic.com/media/<id>})
 * @param mediaType {@code IMAGE}, {@code VIDEO}, {@code DOCUMENT}, …
 * @param operationStatus {@code PENDING}, {@code READY} or {@code FAILED}; an import starts PENDING
 * @param width image width once READY, else null
 * @param height image height once READY, else null
 * @param raw the descriptor as sent
 */
public record WixFile(String id, String displayName, String url, String mediaType, String operationStatus,
    Integer width, Integer height, JsonNode raw) {

  public boolean ready() {
    return "READY".equals(operationStatus);
  }

  /** Deleted in the Media Manager: in its trash bin ({@code state: DELETED}, wix.md §6.1), soon gone for good. */
  public boolean deleted() {
    return raw != null && "DELETED".equals(raw.path("state").asString(""));
  }

  public boolean failed() {
    return "FAILED".equals(operationStatus);
  }

  /**
   * The value a CMS IMAGE field takes (wix.md §6.4):
   * {@code wix:image://v1/<id>/<displayName>#originWidth=<w>&originHeight=<h>}; the fragment needs READY dimensions.
   */
  public String imageUri() {
    String name = URLEncoder.encode(displayName == null ? id : displayName, StandardCharsets.UTF_8).replace("+", "%20");
    String base = "wix:image://v1/" + id + "/" + name;
    return width == null || height == null ? base : base + "#originWidth=" + width + "&originHeight=" + height;
  }
}
