/**
 * Pure conversion of Notion pages into Wix items: the field mapping (default or from the YAML mapping
 * file), its validation against both schemas, and property-to-field values. No I/O.
 */
package io.wiredchaos.notionwix.mapping;
