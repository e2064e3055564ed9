/**
 * Wix wire records (Data v2 items and collections, Media Manager), as the client reads and writes them.
 */
package io.wiredchaos.notionwix.wix.api;
