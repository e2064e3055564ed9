/**
 * Run reporters: the SWARM webhook, the Notion log database, alerts on incidents, and the log line.
 */
package io.wiredchaos.notionwix.report;
