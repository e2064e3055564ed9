package io.wiredchaos.notionwix.mapping;

import io.wiredchaos.notionwix.mapping.content.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Files property values (notion.md §4.2, §6) as an IMAGE value (first image) or a MEDIA_GALLERY value
 * (wix.md §3.4: {@code [{type, src, title}]}). Notion-hosted files become placeholders plus {@code MediaRef}s;
 * external URLs are used as they are when {@link UrlPolicy} allows them.
 */
final class FileValues {

  private static final Set<String> IMAGE = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "avif", "heic",
      "tif", "tiff");
  private static final Set<String> VIDEO = Set.of("mp4", "mov", "webm", "m4v", "avi", "mkv");

  private FileValues() {}

  /** The first usable image of the list, as placeholder or URL; null when the list has none. */
  static String firstImage(JsonNode files, String role, ItemDraft draft) {
    for (JsonNode file : Json.array(files)) {
      String src = "image".equals(kind(file)) ? src(file, role, draft) : null;
      if (src != null) {
        return src;
      }
    }
    return null;
  }

  /** Images and videos as gallery items; other files are left out with a warning. */
  static List<Object> gallery(JsonNode files, String role, ItemDraft draft) {
    List<Object> items = new ArrayList<>();
    for (JsonNode file : Json.array(files)) {
      String kind = kind(file);
      if (kind == null) {
        draft.warn("FILE_NOT_IN_GALLERY", "file \"" + Json.text(file, "name") + "\" in " + role
            + " is neither an image nor a video; a media gallery cannot hold it");
        continue;
      }
      String src = src(file, role, draft);
      if (src == null) {
        continue;
      }
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("type", kind);
      item.put("src", src);
      String name = Json.nonBlank(file, "name");
      if (name != null) {
        item.put("title", name);
      }
      items.add(item);
    }
    return items;
  }

  /** Placeholder (Notion-hosted) or external URL; null (with an {@code UNSAFE_URL} warning) when refused. */
  private static String src(JsonNode file, String role, ItemDraft draft) {
    String hosted = Json.nonBlank(file, "file", "url");
    String what = "file \"" + Json.text(file, "name") + "\" in " + role;
    if (hosted != null) {
      return draft.allowedUrl(hosted, UrlPolicy.Use.NOTION_FILE, what, "left out") == null ? null
          : draft.media(hosted, role);
    }
    return draft.allowedUrl(Json.nonBlank(file, "external", "url"), UrlPolicy.Use.MEDIA, what, "left out");
  }

  /** {@code image}, {@code video} or null, from the file name or the URL path's extension. */
  static String kind(JsonNode file) {
    String url = Json.nonBlank(file, "file", "url");
    url = url != null ? url : Json.nonBlank(file, "external", "url");
    if (url == null) {
      return null;
    }
    for (String candidate : new String[] {Json.text(file, "name"), io.wiredchaos.notionwix.mapping.content.UrlParts.beforeQuery(url)}) {
      String ext = extension(candidate);
      if (IMAGE.contains(ext)) {
        return "image";
      }
      if (VIDEO.contains(ext)) {
        return "video";
      }
    }
    return null;
  }

  private static String extension(String name) {
    if (name == null || name.lastIndexOf('.') < 0) {
      return "";
    }
    return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
  }
}
