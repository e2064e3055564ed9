/**
 * Notion side: the HTTP client ({@code NotionClient}) and the {@code Source} adapter that reads a data
 * source's pages and bodies for the sync engine.
 */
package io.wiredchaos.notionwix.notion;
