/**
 * A local emulator of the Notion and Wix APIs (plus a file host) for the demo, the tests and the
 * benchmarks. It has its own wire handling and depends on nothing else of ours, so a bug shared by the clients and
 * the fake cannot hide.
 */
package io.wiredchaos.notionwix.sandbox;
