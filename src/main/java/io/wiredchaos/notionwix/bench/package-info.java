/**
 * {@code notion-wix bench}: the product's real sync against the sandbox at realistic limits, measured against the
 * floor the APIs' request budgets impose (docs/benchmarks.md). Generated data, fixed seed; results as JSON and a
 * Markdown table.
 */
package io.wiredchaos.notionwix.bench;
