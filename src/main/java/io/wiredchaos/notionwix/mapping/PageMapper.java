package io.wiredchaos.notionwix.mapping;

import io.wiredchaos.notionwix.mapping.content.BodyConverter;
import io.wiredchaos.notionwix.mapping.content.InlineText;
import io.wiredchaos.notionwix.mapping.content.Json;
import io.wiredchaos.notionwix.mapping.content.PageIds;
import io.wiredchaos.notionwix.mapping.content.RicosBody;
import io.wiredchaos.notionwix.notion.api.NotionBlock;
import io.wiredchaos.notionwix.notion.api.NotionPage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Entry point: one Notion page (properties + body) into the Wix item it should be. Pure and stateless;
 * never throws for odd page or block content (odd values become empty fields and warnings).
 */
public final class PageMapper {

  /** Excerpt length in characters (code points are never split). */
  public static final int EXCERPT_LENGTH = 300;

  /**
   * Non-whitespace chars of plain text that decide the excerpt: it takes at most {@link #EXCERPT_LENGTH} code
   * points (at most twice as many chars), and whether its end is trimmed depends on whether any non-whitespace
   * follows, so a prefix with a few more than twice the length gives the same excerpt as the whole text.
   */
  static final int EXCERPT_SOURCE = 2 * EXCERPT_LENGTH + 4;

  private final BodyConverter bodies = new BodyConverter();

  /**
   * @param page the page with its properties
   * @param body its top-level blocks with children fetched; null or empty when not read (then {@code content}
   *     and {@code excerpt} are empty, so callers should pass the body whenever the mapping has those fields)
   */
  public MappedItem map(NotionPage page, List<NotionBlock> body, MappingContext ctx) {
    String pageId = canonicalId(page);
    ItemDraft draft = new ItemDraft(pageId, ctx);
    RicosBody ricos = bodies.convert(pageId, body == null ? List.of() : body, ctx.pageUrls(), ctx.pageTitles());
    Map<String, JsonNode> byId = propertiesById(page);
    for (FieldRule rule : ctx.mapping().fields()) {
      switch (rule.source()) {
        case PROPERTY -> {
          JsonNode property = property(page, byId, rule);
          if (property == null) {
            draft.data.put(rule.key(), null);
          } else {
            PropertyValues.write(rule, property, draft);
          }
        }
        case BODY -> draft.data.put(rule.key(), switch (rule.transform()) {
          case HTML -> ricos.html();
          case PLAIN_TEXT -> ricos.plainText();
          default -> ricos.document();
        });
        case EXCERPT -> draft.data.put(rule.key(), excerpt(ricos.plainTextHead(EXCERPT_SOURCE)));
        case COVER -> draft.data.put(rule.key(), cover(page.cover(), draft));
        case SLUG -> {
          String allocated = ctx.slugs().get(pageId);
          draft.data.put(rule.key(), allocated != null ? allocated : slugWish(page, ctx.mapping(), byId));
        }
      }
      applyDefault(rule, draft);
    }
    draft.data.put("notionPageId", pageId);
    draft.data.put("notionUrl", page.url() == null ? null
        : draft.allowedUrl(page.url(), UrlPolicy.Use.LINK, "field notionUrl", "left out"));
    draft.data.put("notionLastEdited", page.lastEditedTime() == null ? null : DateValues.dateTime(page.lastEditedTime()));
    Map<String, Object> document = ItemSize.body(draft);
    SyncHash.Digest digest = SyncHash.digest(draft.data, document);
    int kept = ItemSize.fit(draft, digest);
    if (kept >= 0) {
      digest = SyncHash.rehash(draft.data, document, digest, kept);
    }
    String hash = digest.hash();
    draft.data.put("syncHash", hash);
    List<ConversionWarning> warnings = new ArrayList<>(draft.warnings);
    warnings.addAll(ricos.warnings());
    List<MediaRef> media = new ArrayList<>(ricos.media());
    media.addAll(draft.media);
    return new MappedItem(pageId, draft.data, hash, warnings, media);
  }

  /**
   * The slug a page asks for before collisions are settled: the slug property when non-empty, else the
   * slugified title (feed these to {@link SlugAllocator}).
   */
  public static String slugWish(NotionPage page, FieldMapping mapping) {
    return slugWish(page, mapping, propertiesById(page));
  }

  /** @param byId the page's {@link #propertiesById} (built once per page) */
  private static String slugWish(NotionPage page, FieldMapping mapping, Map<String, JsonNode> byId) {
    FieldRule slugRule = mapping.slugRule().orElse(null);
    if (slugRule != null && slugRule.propertyId() != null) {
      JsonNode property = property(page, byId, slugRule);
      String text = property == null ? null : plainText(property);
      String slug = text == null ? "" : Slugs.of(text);
      if (!slug.isEmpty()) {
        return slug;
      }
    }
    JsonNode title = mapping.titleRule().map(rule -> property(page, byId, rule)).orElse(null);
    if (title == null && page.properties() != null) {
      title = page.properties().values().stream().filter(p -> "title".equals(Json.text(p, "type"))).findFirst()
          .orElse(null);
    }
    String slug = title == null ? "" : Slugs.of(plainText(title));
    return slug.isEmpty() ? "page" : slug;
  }

  /** The candidate of a page for {@link SlugAllocator#allocate}. */
  public static SlugAllocator.Candidate slugCandidate(NotionPage page, FieldMapping mapping) {
    return new SlugAllocator.Candidate(canonicalId(page), page.createdTime(), slugWish(page, mapping));
  }

  /** Lowercase dashed UUID; an id that is not a UUID is kept as it is (empty when missing). */
  private static String canonicalId(NotionPage page) {
    String normalized = PageIds.normalize(page.id());
    return normalized != null ? normalized : page.id() == null ? "" : page.id();
  }

  /** A property value by id (stable across renames), else by name. */
  static JsonNode property(NotionPage page, FieldRule rule) {
    return property(page, propertiesById(page), rule);
  }

  private static JsonNode property(NotionPage page, Map<String, JsonNode> byId, FieldRule rule) {
    JsonNode value = rule.propertyId() == null ? null : byId.get(rule.propertyId());
    if (value != null) {
      return value;
    }
    return rule.propertyName() == null || page.properties() == null ? null : page.properties().get(rule.propertyName());
  }

  /** The page's property values by their id; the first one wins when ids repeat (index built once per page). */
  private static Map<String, JsonNode> propertiesById(NotionPage page) {
    Map<String, JsonNode> byId = new HashMap<>();
    if (page.properties() != null) {
      for (JsonNode value : page.properties().values()) {
        String id = Json.text(value, "id");
        if (id != null) {
          byId.putIfAbsent(id, value);
        }
      }
    }
    return byId;
  }

  private static String plainText(JsonNode property) {
    String type = Json.text(property, "type");
    JsonNode payload = Json.at(property, type == null ? "" : type);
    if (payload.isArray()) {
      return InlineText.plain(payload);
    }
    JsonNode inner = Json.at(payload, Json.text(payload, "type") == null ? "" : Json.text(payload, "type"));
    return Json.text(inner) != null ? Json.text(inner) : Json.text(payload);
  }

  /** The cover as a placeholder (Notion-hosted) or its external URL; null when absent or refused by {@link UrlPolicy}. */
  private static Object cover(JsonNode cover, ItemDraft draft) {
    String hosted = Json.nonBlank(cover, "file", "url");
    if (hosted != null) {
      return draft.allowedUrl(hosted, UrlPolicy.Use.NOTION_FILE, "cover image", "left out") == null ? null
          : draft.media(hosted, "cover");
    }
    String external = Json.nonBlank(cover, "external", "url");
    return external == null ? null : draft.allowedUrl(external, UrlPolicy.Use.MEDIA, "cover image", "left out");
  }

  /**
   * The first {@link #EXCERPT_LENGTH} code points of the plain text with runs of ASCII whitespace
   * ({@code \\s}: space, tab, LF, VT, FF, CR) collapsed to one space and leading/trailing whitespace stripped
   * ({@link String#strip}). Reads only as far as it needs: the body's plain text can be hundreds of kilobytes.
   */
  static String excerpt(String plainText) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    int length = plainText.length();
    while (i < length && Character.isWhitespace(plainText.charAt(i))) {
      i++;
    }
    int codePoints = 0;
    for (; i < length && codePoints < EXCERPT_LENGTH; i++) {
      char c = plainText.charAt(i);
      if (isRegexSpace(c)) {
        if (i + 1 < length && isRegexSpace(plainText.charAt(i + 1))) {
          continue;
        }
        c = ' ';
      }
      out.append(c);
      if (!Character.isHighSurrogate(c) || i + 1 >= length || !Character.isLowSurrogate(plainText.charAt(i + 1))) {
        codePoints++;
      }
    }
    boolean moreText = false;
    for (int j = i; j < length && !moreText; j++) {
      moreText = !Character.isWhitespace(plainText.charAt(j));
    }
    return moreText ? out.toString() : out.toString().stripTrailing();
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static void applyDefault(FieldRule rule, ItemDraft draft) {
    Object value = draft.data.get(rule.key());
    boolean empty = value == null || value instanceof String s && s.isEmpty()
        || value instanceof Collection<?> c && c.isEmpty();
    if (!empty) {
      return;
    }
    if (rule.defaultValue() != null) {
      draft.data.put(rule.key(), rule.defaultValue());
    } else if (rule.required()) {
      draft.warn("REQUIRED_EMPTY", "field " + rule.key() + " is required but "
          + (rule.propertyName() == null ? rule.source() : "property " + rule.propertyName()) + " is empty");
    }
  }
}
