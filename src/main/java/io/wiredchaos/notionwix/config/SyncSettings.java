package io.wiredchaos.notionwix.config;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How a run behaves.
 *
 * @param deadline overall deadline of one run ({@code SYNC_DEADLINE}, default 30 minutes)
 * @param massDeleteRatio share of the collection a run may delete without {@code --allow-mass-delete}
 * @param mappingFile optional YAML mapping ({@code SYNC_MAPPING_FILE})
 * @param schedule cron of the service's scheduled runs ({@code SYNC_SCHEDULE}), or {@code off}
 * @param staleAfter age of the last success after which health reports stale ({@code SYNC_STALE_AFTER})
 * @param autoRollback roll back a run whose item failure rate is over the threshold ({@code SYNC_AUTO_ROLLBACK})
 * @param autoRollbackThreshold failed ÷ attempted writes above which it does ({@code SYNC_AUTO_ROLLBACK_THRESHOLD})
 */
@Validated
@ConfigurationProperties("notionwix.sync")
public record SyncSettings(
    @NotNull Duration deadline,
    @DecimalMin("0.0") @DecimalMax("1.0") double massDeleteRatio,
    Path mappingFile,
    @NotNull String schedule,
    @NotNull Duration staleAfter,
    boolean autoRollback,
    @DecimalMin("0.0") @DecimalMax("1.0") double autoRollbackThreshold) {}
