// The path most people take to read a Notion database (docs/benchmarks.md, "Side by side"): @notionhq/client lists
// the data source's rows, notion-to-md converts each page body to Markdown, one page after another, as its README
// shows. Writes nothing. The client's own retries honour Retry-After; they are raised from 2 to 10 because a
// rolling-window 429 can ask for the rest of a minute. Prints "page N" after each converted page (so a run stopped
// early still tells how far it got) and, at the end, one JSON line: {"pages":N,"markdownChars":M}.
// Environment: NOTION_BASE_URL, NOTION_TOKEN, NOTION_DATA_SOURCE_ID.
import { Client, LogLevel } from "@notionhq/client";
import { NotionToMarkdown } from "notion-to-md";

const notion = new Client({
  auth: process.env.NOTION_TOKEN,
  baseUrl: process.env.NOTION_BASE_URL,
  notionVersion: "2025-09-03",
  retry: { maxRetries: 10 },
  logLevel: LogLevel.ERROR,
});
const n2m = new NotionToMarkdown({ notionClient: notion });

let pages = 0;
let markdownChars = 0;
let cursor;
do {
  const rows = await notion.dataSources.query({
    data_source_id: process.env.NOTION_DATA_SOURCE_ID,
    start_cursor: cursor,
    page_size: 100,
  });
  for (const page of rows.results) {
    const blocks = await n2m.pageToMarkdown(page.id);
    markdownChars += n2m.toMarkdownString(blocks).parent.length;
    pages++;
    console.log(`page ${pages}`);
  }
  cursor = rows.has_more ? rows.next_cursor : undefined;
} while (cursor);
console.log(JSON.stringify({ pages, markdownChars }));
