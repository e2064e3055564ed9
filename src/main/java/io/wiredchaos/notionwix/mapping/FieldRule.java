package io.wiredchaos.notionwix.mapping;

/**
 * One target field of a mapping.
 *
 * @param key Wix field key
 * @param source where the value comes from
 * @param propertyId Notion property id (stable across renames, notion.md §4.2); null for page-level sources
 *     ({@link FieldSource#SLUG} may name the slug property here)
 * @param propertyName property name at the time the mapping was resolved (for messages)
 * @param propertyType Notion property type ({@code title}, {@code date}…), null for page-level sources
 * @param transform how to shape the value
 * @param wixType the Wix field type to produce ({@code TEXT}, {@code DATE}…; wix.md §3.3), null for the default
 * @param required whether a missing/empty value is a warning
 * @param defaultValue value used when the source is empty (plain Java value), or null
 * @param line line in the mapping file, 0 for defaults
 */
public record FieldRule(
    String key,
    FieldSource source,
    String propertyId,
    String propertyName,
    String propertyType,
    Transform transform,
    String wixType,
    boolean required,
    Object defaultValue,
    int line) {

  public static FieldRule property(String key, String id, String name, String type) {
    return new FieldRule(key, FieldSource.PROPERTY, id, name, type, Transform.AUTO, null, false, null, 0);
  }

  public static FieldRule page(String key, FieldSource source) {
    return new FieldRule(key, source, null, null, null, Transform.AUTO, null, false, null, 0);
  }
}
