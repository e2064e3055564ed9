/**
 * Pure sync engine: ports ({@code Source}, {@code Target}, {@code Journal}), the model of a run
 * ({@code DesiredItem}, {@code SyncPlan}, {@code PlannedChange}, {@code RunReport}) and the services that plan and
 * apply a run. Depends on nothing else of ours and on no Spring, HTTP or JDBC type, so it is tested with plain
 * values and fakes.
 */
package io.wiredchaos.notionwix.sync;
