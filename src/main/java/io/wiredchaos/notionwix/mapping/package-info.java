/**
 * Pure conversion of Notion pages into Wix CMS items (docs/mapping.md). No I/O, no Spring.
 *
 * <p>Entry points the sync engine calls:
 * <ul>
 *   <li>{@link io.wiredchaos.notionwix.mapping.DefaultMapping#of(io.wiredchaos.notionwix.notion.api.NotionDataSource,
 *       String)} → {@link io.wiredchaos.notionwix.mapping.FieldMapping} (zero configuration);</li>
 *   <li>{@link io.wiredchaos.notionwix.mapping.PublishRule#test} and {@code PublishRule#queryFilter()}: which
 *       pages are published, as a predicate and as a Notion query filter;</li>
 *   <li>{@link io.wiredchaos.notionwix.mapping.PageMapper#slugCandidate} +
 *       {@link io.wiredchaos.notionwix.mapping.SlugAllocator#allocate}: unique slugs for the collection;</li>
 *   <li>{@link io.wiredchaos.notionwix.mapping.PageMapper#map} → {@link io.wiredchaos.notionwix.mapping.MappedItem}
 *       (data, syncHash, warnings, media to re-host);</li>
 *   <li>{@link io.wiredchaos.notionwix.mapping.MediaRewrite#apply}: placeholders → Wix media after import.</li>
 * </ul>
 */
package io.wiredchaos.notionwix.mapping;
