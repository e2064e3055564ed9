/**
 * Notion wire records (Notion-Version 2025-09-03), as the client reads and writes them.
 */
package io.wiredchaos.notionwix.notion.api;
