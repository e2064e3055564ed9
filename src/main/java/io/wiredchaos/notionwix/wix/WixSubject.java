package io.wiredchaos.notionwix.wix;

/**
 * What a Wix request is about, for error messages.
 *
 * @param description e.g. {@code "collection NotionPages"}
 * @param collection whether a 404 means the configured collection is missing (a CONFIG failure naming
 *     WIX_COLLECTION_ID) rather than one item
 */
record WixSubject(String description, boolean collection) {

  static WixSubject collection(String collectionId) {
    return new WixSubject("collection " + collectionId, true);
  }

  static WixSubject item(String description) {
    return new WixSubject(description, false);
  }
}
