package io.wiredchaos.notionwix.mapping;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Swaps media placeholders for Wix media references once the media step imported the files (wix.md §6.4):
 * <ul>
 *   <li>Ricos IMAGE node: {@code image.src = {id: <bare file id>}} plus {@code width}/{@code height};</li>
 *   <li>other Ricos media nodes (VIDEO, AUDIO, FILE): {@code src = {url: <Wix static URL>}};</li>
 *   <li>IMAGE fields: {@code wix:image://v1/<id>/<name>#originWidth=<w>&originHeight=<h>};</li>
 *   <li>MEDIA_GALLERY items: {@code src} as for IMAGE fields (images) or the Wix URL (videos).</li>
 * </ul>
 * A placeholder whose import failed never leaves a Notion URL behind: a Ricos media node becomes a PARAGRAPH
 * with the same id holding its caption (valid wherever the media node was, wix.md §5.2), a gallery item is
 * removed, a field value becomes null, and a {@code MEDIA_MISSING} warning is added. The item's
 * {@code syncHash} then changes too, so the next run sees a difference and retries the import.
 * Pure: the input is not modified.
 */
public final class MediaRewrite {

  /** The rewritten data and the warnings for media that could not be placed. */
  public record Result(Map<String, Object> data, List<ConversionWarning> warnings) {}

  /** Marker for "remove this gallery item from its list". */
  private static final Object DROP = new Object();

  private final Map<String, WixMedia> imported;
  private final String pageId;
  private final List<ConversionWarning> warnings = new ArrayList<>();

  private MediaRewrite(Map<String, WixMedia> imported, String pageId) {
    this.imported = imported == null ? Map.of() : imported;
    this.pageId = pageId;
  }

  /** @param imported source key ({@link MediaRef#sourceKey()}) → the imported file; absent keys failed */
  public static Result apply(Map<String, Object> data, Map<String, WixMedia> imported) {
    MediaRewrite rewrite = new MediaRewrite(imported, data.get("notionPageId") instanceof String s ? s : null);
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> field : data.entrySet()) {
      Object value = field.getValue();
      Object rewritten = MediaPlaceholder.is(value) ? rewrite.fieldImage((String) value, field.getKey())
          : rewrite.walk(value, field.getKey());
      out.put(field.getKey(), rewritten == DROP ? null : rewritten);
    }
    if (!rewrite.warnings.isEmpty() && out.get("syncHash") instanceof String hash) {
      out.put("syncHash", SyncHash.hex(hash + "+media-missing"));
    }
    return new Result(out, List.copyOf(rewrite.warnings));
  }

  @SuppressWarnings("unchecked")
  private Object walk(Object value, String field) {
    if (value instanceof Map<?, ?> raw) {
      Map<String, Object> map = (Map<String, Object>) raw;
      if (map.get("src") instanceof String src && MediaPlaceholder.is(src)) {
        return galleryItem(map, src, field);
      }
      if (map.get("type") instanceof String type && map.containsKey("nodes")) {
        String placeholder = findPlaceholder(map);
        if (placeholder != null && !imported.containsKey(MediaPlaceholder.sourceKey(placeholder))) {
          missing(placeholder, field);
          return captionParagraph(map);
        }
        return copyNode(map, type, field);
      }
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, walk(v, field)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (Object element : list) {
        Object w = walk(element, field);
        if (w != DROP) {
          copy.add(w);
        }
      }
      return copy;
    }
    if (MediaPlaceholder.is(value)) {
      WixMedia media = imported.get(MediaPlaceholder.sourceKey((String) value));
      if (media == null) {
        missing((String) value, field);
        return null;
      }
      return media.url();
    }
    return value;
  }

  /** Copies a Ricos node; a {@code src:{id:placeholder}} inside its data becomes the Wix reference. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> copyNode(Map<String, Object> node, String type, String field) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : node.entrySet()) {
      if (e.getKey().endsWith("Data") && e.getValue() instanceof Map<?, ?> data) {
        copy.put(e.getKey(), resolveSources((Map<String, Object>) data, type, field));
      } else {
        copy.put(e.getKey(), walk(e.getValue(), field));
      }
    }
    return copy;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> resolveSources(Map<String, Object> map, String type, String field) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : map.entrySet()) {
      Object v = e.getValue();
      if (e.getKey().equals("src") && v instanceof Map<?, ?> src && MediaPlaceholder.is(src.get("id"))) {
        WixMedia media = imported.get(MediaPlaceholder.sourceKey((String) src.get("id")));
        if ("IMAGE".equals(type)) {
          copy.put("src", new LinkedHashMap<>(Map.of("id", bareId(media.id()))));
          if (media.width() > 0 && media.height() > 0) {
            copy.put("width", media.width());
            copy.put("height", media.height());
          }
        } else {
          copy.put("src", new LinkedHashMap<>(Map.of("url", media.url())));
        }
      } else if (v instanceof Map<?, ?> inner) {
        copy.put(e.getKey(), resolveSources((Map<String, Object>) inner, type, field));
      } else {
        copy.put(e.getKey(), walk(v, field));
      }
    }
    return copy;
  }

  /** The first {@code src.id} placeholder in a node's own data (not in its children). */
  @SuppressWarnings("unchecked")
  private static String findPlaceholder(Map<String, Object> map) {
    for (Map.Entry<String, Object> e : map.entrySet()) {
      if (e.getKey().equals("nodes")) {
        continue;
      }
      if (e.getKey().equals("src") && e.getValue() instanceof Map<?, ?> src && MediaPlaceholder.is(src.get("id"))) {
        return (String) src.get("id");
      }
      if (e.getValue() instanceof Map<?, ?> inner) {
        String found = findPlaceholder((Map<String, Object>) inner);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** PARAGRAPH with the node's id and the TEXT nodes of its caption, if any. */
  private static Map<String, Object> captionParagraph(Map<String, Object> node) {
    List<Object> texts = new ArrayList<>();
    if (node.get("nodes") instanceof List<?> children) {
      for (Object child : children) {
        if (child instanceof Map<?, ?> c && c.get("nodes") instanceof List<?> inner) {
          texts.addAll(inner);
        }
      }
    }
    Map<String, Object> paragraph = new LinkedHashMap<>();
    paragraph.put("type", "PARAGRAPH");
    paragraph.put("id", node.get("id"));
    paragraph.put("nodes", texts);
    paragraph.put("paragraphData", new LinkedHashMap<>());
    return paragraph;
  }

  private Object galleryItem(Map<String, Object> item, String placeholder, String field) {
    WixMedia media = imported.get(MediaPlaceholder.sourceKey(placeholder));
    if (media == null) {
      missing(placeholder, field);
      return DROP;
    }
    Map<String, Object> copy = new LinkedHashMap<>(item);
    copy.put("src", "video".equals(item.get("type")) ? media.url() : imageUri(media, placeholder));
    return copy;
  }

  private Object fieldImage(String placeholder, String field) {
    WixMedia media = imported.get(MediaPlaceholder.sourceKey(placeholder));
    if (media == null) {
      missing(placeholder, field);
      return null;
    }
    return imageUri(media, placeholder);
  }

  /** {@code wix:image://v1/<id>/<name>#originWidth=<w>&originHeight=<h>} (wix.md §3.4 IMAGE, §6.4). */
  static String imageUri(WixMedia media, String placeholder) {
    if (media.id().startsWith("wix:")) {
      return media.id();
    }
    String key = MediaPlaceholder.sourceKey(placeholder);
    String name = key.substring(key.lastIndexOf('/') + 1);
    name = URLEncoder.encode(URLDecoder.decode(name.isEmpty() ? media.id() : name, StandardCharsets.UTF_8),
        StandardCharsets.UTF_8).replace("+", "%20");
    return "wix:image://v1/" + media.id() + "/" + name + "#originWidth=" + media.width() + "&originHeight="
        + media.height();
  }

  /** The Media Manager file id of a bare id or a {@code wix:image://v1/<id>/…} URI (Ricos wants it bare). */
  static String bareId(String id) {
    if (!id.startsWith("wix:")) {
      return id;
    }
    String rest = id.substring(id.indexOf("//v1/") + 5);
    int slash = rest.indexOf('/');
    return slash < 0 ? rest.split("#", 2)[0] : rest.substring(0, slash);
  }

  private void missing(String placeholder, String field) {
    warnings.add(new ConversionWarning(pageId, null, "MEDIA_MISSING", "file " + MediaPlaceholder.sourceKey(placeholder)
        + " in field " + field + " could not be imported into Wix Media; left out of the item"));
  }
}
