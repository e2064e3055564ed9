/**
 * Command-line shell: the single entry point ({@code Main}), picocli commands and exit codes. Holds no sync
 * logic of its own.
 */
package io.wiredchaos.notionwix.cli;
