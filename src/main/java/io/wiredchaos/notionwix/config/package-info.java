/**
 * Settings as validated records, bound from environment variables (secrets may come from
 * {@code NAME_FILE} files) and masked whenever printed. Depends on nothing else of ours.
 */
package io.wiredchaos.notionwix.config;
