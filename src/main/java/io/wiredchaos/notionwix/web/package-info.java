/**
 * HTTP shell over the sync service: Notion, Wix and sync routes, the Notion webhook receiver and the health
 * indicators. Holds no sync logic of its own.
 */
package io.wiredchaos.notionwix.web;
