/**
 * Wix side: the Data v2 and Media clients and the {@code Target} adapter that writes items for the engine.
 */
package io.wiredchaos.notionwix.wix;
