/**
 * Notion block trees into Wix rich content (Ricos), HTML and plain text: one converter per block
 * family. Pure functions; an unsupported block becomes a visible fallback node and a warning, never an exception.
 */
package io.wiredchaos.notionwix.mapping.content;
