package io.wiredchaos.notionwix;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Spring composition root. It has no {@code main}: the one entry point is {@code cli.Main}, which boots this
 * class as a web service ({@code serve}) or as a lean command context ({@code sync}, {@code doctor}, …).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NotionWixApplication {}
