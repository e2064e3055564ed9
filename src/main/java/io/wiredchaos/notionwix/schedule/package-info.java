/**
 * Scheduled runs (cron from {@code SYNC_SCHEDULE}), one at a time across instances sharing a state
 * database (ShedLock).
 */
package io.wiredchaos.notionwix.schedule;
