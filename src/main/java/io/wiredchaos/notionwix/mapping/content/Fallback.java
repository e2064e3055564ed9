package io.wiredchaos.notionwix.mapping.content;

import io.wiredchaos.notionwix.notion.api.NotionBlock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * What a block we cannot reproduce becomes: a visible italic grey note naming the block type, followed by
 * whatever text and children it has, plus a {@code ConversionWarning}. Never an exception (DESIGN.md §3).
 */
final class Fallback {

  private static final List<Map<String, Object>> NOTE_STYLE = List.of(
      Ricos.map("type", "ITALIC", "italicData", true),
      Ricos.map("type", "COLOR", "colorData", Ricos.map("foreground", "#787774")));

  private Fallback() {}

  /** An unknown or unsupported block: note, its own text, then its children converted normally. */
  static List<Map<String, Object>> unsupported(NotionBlock block, BlockTree tree) {
    String type = block.type() == null ? "(no type)" : block.type();
    String inner = Json.text(block.payload(), "block_type");
    String label = inner == null ? type : type + ": " + inner;
    return broken(block, tree, "UNSUPPORTED_BLOCK", "Notion block type " + label + " is not supported; shown as a note",
        label);
  }

  /**
   * A meeting-notes block ({@code meeting_notes}, called {@code transcription} before 2026-03-11; notion.md §1.1
   * item 3, §5.2): the recording is not reproduced, so it gets the visible note, then its {@code title} (its
   * text lives there, not in {@code rich_text}) and whatever children were read (summary, notes).
   */
  static List<Map<String, Object>> meetingNotes(NotionBlock block, BlockTree tree) {
    return withText(block, tree, "UNSUPPORTED_BLOCK", "Notion block type " + block.type()
        + " (meeting notes) is not supported; shown as a note with its title", "meeting notes", "title");
  }

  /**
   * A known block whose payload is unusable (no URL, a refused URL, no rows): the same visible note, its own
   * warning code.
   *
   * @param code the warning's code, or null when the caller has warned already (a refused URL)
   */
  static List<Map<String, Object>> broken(NotionBlock block, BlockTree tree, String code, String message, String label) {
    return withText(block, tree, code, message, label, "rich_text");
  }

  /** The note, the rich text under {@code textField} of the payload, then the children converted normally. */
  private static List<Map<String, Object>> withText(NotionBlock block, BlockTree tree, String code, String message,
      String label, String textField) {
    ContentContext ctx = tree.ctx();
    if (code != null) {
      ctx.warn(block.id(), code, message);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(note(block.id(), "[Notion " + label + " not shown]", ctx));
    String textId = ctx.id(block.id(), "text");
    List<Map<String, Object>> texts =
        RichTextRuns.texts(Json.at(block.payload(), textField), textId, block.id(), null, List.of(), ctx);
    if (!texts.isEmpty()) {
      out.add(Ricos.paragraph(textId, texts));
    }
    out.addAll(tree.convertAll(block.children()));
    return out;
  }

  /** A converter threw: a note plus the block's text, flattened, so no content silently vanishes. */
  static List<Map<String, Object>> failed(NotionBlock block, RuntimeException e, BlockTree tree) {
    ContentContext ctx = tree.ctx();
    ctx.warn(block.id(), "CONVERSION_FAILED",
        "block " + block.type() + " could not be converted (" + e.getClass().getSimpleName() + "); shown as text");
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(note(block.id(), "[Notion " + block.type() + " shown as text]", ctx));
    out.addAll(flattened(List.of(block), ctx));
    return out;
  }

  /** Paragraphs with the plain text of every block in the subtrees (iterative: depth is unbounded here). */
  static List<Map<String, Object>> flattened(List<NotionBlock> blocks, ContentContext ctx) {
    List<Map<String, Object>> out = new ArrayList<>();
    Deque<NotionBlock> stack = new ArrayDeque<>();
    for (int i = blocks.size() - 1; i >= 0; i--) {
      if (blocks.get(i) != null) {
        stack.push(blocks.get(i));
      }
    }
    boolean warned = false;
    while (!stack.isEmpty()) {
      NotionBlock block = stack.pop();
      if (!warned) {
        ctx.warn(block.id(), "FLATTENED", "content nested deeper than " + BlockTree.MAX_DEPTH
            + " levels or unconvertible is shown as plain paragraphs");
        warned = true;
      }
      String text = RichTextRuns.plain(Json.at(block.payload(), "rich_text"));
      if (!text.isEmpty()) {
        String id = ctx.id(block.id(), "flat");
        List<Map<String, Object>> texts = new ArrayList<>();
        for (String chunk : RichTextRuns.split(text, Ricos.MAX_TEXT)) {
          texts.add(Ricos.text(id + "-t" + texts.size(), chunk, List.of()));
        }
        out.add(Ricos.paragraph(id, texts));
      }
      List<NotionBlock> children = block.children();
      for (int i = children.size() - 1; i >= 0; i--) {
        if (children.get(i) != null) {
          stack.push(children.get(i));
        }
      }
    }
    return out;
  }

  private static Map<String, Object> note(String blockId, String text, ContentContext ctx) {
    String id = ctx.id(blockId, "note");
    return Ricos.paragraph(id, List.of(Ricos.text(id + "-t0", text, NOTE_STYLE)));
  }
}
