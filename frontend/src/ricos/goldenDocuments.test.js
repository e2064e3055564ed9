// @vitest-environment node
// Every golden Ricos document the Java converter produces (src/test/resources/golden/**/*.ricos.json) must pass
// Wix's own validator: validateRicosDocument from @wix/ricos (the JSON Type Definition schema of the Ricos
// document, ricos_document.jtd.json, with per-plugin features). A document it rejects fails the build.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const GOLDEN = fileURLToPath(new URL("../../../src/test/resources/golden", import.meta.url));

// The plugins our documents rely on (docs/mapping.md, "Page body → Ricos"): validation fails for a node or
// decoration that needs a plugin missing here, so a converter change that starts needing one is noticed.
const PLUGINS = ["link", "image", "video", "audio", "file", "divider", "codeBlock", "table", "collapsibleList",
  "textColor", "textHighlight", "heading", "indent", "fontFamily"];

function goldenFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return goldenFiles(path);
    return entry.name.endsWith(".ricos.json") ? [path] : [];
  });
}

let validateRicosDocument;

beforeAll(async () => {
  // The package's entry point loads its React viewers too; that takes seconds, once.
  ({ validateRicosDocument } = await import("@wix/ricos/next"));
}, 120_000);

describe("golden Ricos documents pass @wix/ricos validateRicosDocument", () => {
  const files = goldenFiles(GOLDEN);

  it("finds the golden documents", () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(files.map((file) => [relative(GOLDEN, file), file]))("%s", (_name, file) => {
    const result = validateRicosDocument(JSON.parse(readFileSync(file, "utf8")), { plugins: PLUGINS });
    expect(result.type === "ok" ? [] : result.errors).toEqual([]);
  });

  it("rejects what Wix rejects (the validator is really checking)", () => {
    const quoteWithoutParagraph = { nodes: [{ type: "BLOCKQUOTE", id: "q", nodes: [], blockquoteData: {} }] };
    expect(validateRicosDocument(quoteWithoutParagraph).type).toBe("error");
    const unknownNode = { nodes: [{ type: "CHECKLIST", id: "c", nodes: [] }] };
    expect(validateRicosDocument(unknownNode).type).toBe("error");
    const monospaceWithoutPlugin = { nodes: [{ type: "PARAGRAPH", id: "p", paragraphData: {}, nodes: [{ type: "TEXT",
      id: "t", nodes: [], textData: { text: "x", decorations: [{ type: "FONT_FAMILY", fontFamilyData: { value: "monospace" } }] } }] }] };
    expect(validateRicosDocument(monospaceWithoutPlugin, { plugins: ["link"] }).type).toBe("error");
  });
});
