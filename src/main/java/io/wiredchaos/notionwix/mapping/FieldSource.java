package io.wiredchaos.notionwix.mapping;

/** Where a field's value comes from: a Notion property, or something of the page itself. */
public enum FieldSource {
  /** a property value (notion.md §4.2), named by id and name */
  PROPERTY,
  /** the page body (blocks), Ricos by default */
  BODY,
  /** the first 300 characters of the body's plain text */
  EXCERPT,
  /** the page cover image */
  COVER,
  /** the property when non-empty, else the slugified title; unique per collection ({@link SlugAllocator}) */
  SLUG
}
