package io.wiredchaos.notionwix.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where and how to write Wix.
 *
 * @param apiKey account API key ({@code WIX_API_KEY} or {@code WIX_API_KEY_FILE}); secret
 * @param siteId site the collection lives in ({@code WIX_SITE_ID})
 * @param collectionId target CMS collection ({@code WIX_COLLECTION_ID}, default {@code NotionPages})
 * @param baseUrl API base URL ({@code WIX_API_BASE_URL}); the sandbox overrides it
 * @param requestsPerMinute request budget per key (Wix documents 200/min for Data APIs)
 */
@Validated
@ConfigurationProperties("notionwix.wix")
public record WixSettings(
    String apiKey,
    String siteId,
    @NotBlank String collectionId,
    @NotNull URI baseUrl,
    @Positive int requestsPerMinute) {}
