package io.wiredchaos.notionwix.wix;

import io.wiredchaos.notionwix.config.WixSettings;
import io.wiredchaos.notionwix.remote.RemoteApiException;
import io.wiredchaos.notionwix.sync.Check;
import io.wiredchaos.notionwix.wix.api.WixCollection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Wix half of {@code doctor --online}: key and site, the collection, its fields against the mapping, and the
 * Media Manager. Only GET requests: the collection (wix.md §3.1) and one page of one media file (§6).
 */
public final class WixCheckup {

  static final String KEY = "Wix key and site";
  static final String COLLECTION = "Wix collection";
  static final String FIELDS = "Mapped Wix fields";
  static final String MEDIA = "Wix Media Manager";

  private final WixClient client;
  private final WixMediaClient media;
  private final WixSettings settings;

  public WixCheckup(WixClient client, WixMediaClient media, WixSettings settings) {
    this.client = client;
    this.media = media;
    this.settings = settings;
  }

  /** @param mapped field key → Wix type the items carry, or null when the mapping could not be resolved */
  public List<Check> run(Map<String, String> mapped) {
    List<Check> checks = new ArrayList<>();
    String id = settings.collectionId();
    WixCollection collection;
    try {
      collection = client.getCollection(id);
      checks.add(Check.passed(KEY, "the key is accepted for site " + settings.siteId()));
      checks.add(Check.passed(COLLECTION, "\"" + id + "\" exists with " + collection.fields().size() + " fields"));
    } catch (RemoteApiException.NotFound e) {
      checks.add(Check.passed(KEY, "the key is accepted for site " + settings.siteId()));
      checks.add(Check.failed(COLLECTION, "\"" + id + "\" does not exist on the site; run `notion-wix sync"
          + " --create-collection` once to create it from the mapping, or set WIX_COLLECTION_ID"));
      checks.add(Check.failed(FIELDS, "not checked: the collection does not exist"));
      checks.add(media());
      return checks;
    } catch (RemoteApiException e) {
      checks.add(Check.failed(KEY, e instanceof RemoteApiException.Unauthorized
          ? "Wix refused the key for site " + settings.siteId() + " (" + e.status() + "); create an API key with the"
              + " Wix Data and Media Manager permissions (Account Settings → API Keys) and check WIX_SITE_ID"
          : "cannot be checked: " + e.getMessage()));
      for (String subject : List.of(COLLECTION, FIELDS, MEDIA)) {
        checks.add(Check.failed(subject, "not checked: the key and site check failed"));
      }
      return checks;
    }
    checks.add(fields(collection, mapped));
    checks.add(media());
    return checks;
  }

  private Check fields(WixCollection collection, Map<String, String> mapped) {
    if (mapped == null) {
      return Check.failed(FIELDS, "not checked: the mapping could not be read");
    }
    Map<String, String> actual = new LinkedHashMap<>();
    collection.fields().forEach(f -> actual.put(f.key(), f.type()));
    List<String> missing = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    mapped.forEach((key, type) -> {
      String found = actual.get(key);
      if (found == null) {
        missing.add(key + " (" + type + ")");
      } else if (!FieldTypes.compatible(type, found)) {
        wrong.add(key + " is " + found + ", the mapping writes " + type);
      }
    });
    if (missing.isEmpty() && wrong.isEmpty()) {
      return Check.passed(FIELDS, mapped.size() + " fields present with compatible types");
    }
    List<String> parts = new ArrayList<>();
    if (!missing.isEmpty()) {
      parts.add("missing: " + String.join(", ", missing) + "; `notion-wix sync --create-collection` adds them");
    }
    if (!wrong.isEmpty()) {
      parts.add("wrong type: " + String.join("; ", wrong) + "; change the field's type in the CMS or the field's"
          + " `type:` in SYNC_MAPPING_FILE");
    }
    return Check.failed(FIELDS, String.join(". ", parts));
  }

  /**
   * Reading the library ("Read Media Manager", wix.md §1.3) proves the key reaches the Media Manager. Whether it may
   * also import ("Manage Media Manager") only an import would prove, and an import writes, so the line says so.
   */
  private Check media() {
    try {
      media.probe();
      return Check.passed(MEDIA, "the media library is readable with this key; image imports also need its"
          + " \"Manage Media Manager\" permission, which only a sync proves");
    } catch (RemoteApiException e) {
      return Check.failed(MEDIA, "Wix refused the media library (" + e.status() + "); give the API key the"
          + " \"Manage Media Manager\" permission, or the items' images cannot be imported");
    }
  }
}
