package io.wiredchaos.notionwix.mapping.content;

import io.wiredchaos.notionwix.notion.api.NotionBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Code and equation blocks as CODE_BLOCK (wix.md §5.5). Ricos has no language field on codeBlockData, so the
 * language is written as a small caption paragraph after the code, together with the Notion caption.
 * Equations keep their KaTeX source as text (Ricos has no maths node).
 */
final class CodeBlocks {

  private CodeBlocks() {}

  static List<Map<String, Object>> code(NotionBlock block, BlockTree tree) {
    ContentContext ctx = tree.ctx();
    String id = ctx.id(block.id(), "");
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(codeBlock(id, RichTextRuns.plain(Json.at(block.payload(), "rich_text"))));
    String language = Json.nonBlank(block.payload(), "language");
    String captionId = ctx.id(block.id(), "caption");
    List<Map<String, Object>> caption = new ArrayList<>();
    if (language != null && !language.equals("plain text")) {
      caption.add(Ricos.text(captionId + "-lang", language, List.of(
          Ricos.map("type", "ITALIC", "italicData", true),
          Ricos.map("type", "COLOR", "colorData", Ricos.map("foreground", "#787774")))));
      if (!Json.array(block.payload(), "caption").isEmpty()) {
        caption.add(Ricos.text(captionId + "-sep", " · ", List.of()));
      }
    }
    caption.addAll(RichTextRuns.texts(Json.at(block.payload(), "caption"), captionId, block.id(), null,
        List.of(), ctx));
    if (!caption.isEmpty()) {
      out.add(Ricos.paragraph(captionId, caption));
    }
    return out;
  }

  static List<Map<String, Object>> equation(NotionBlock block, BlockTree tree) {
    String expression = Json.text(block.payload(), "expression");
    return List.of(codeBlock(tree.ctx().id(block.id(), ""), expression == null ? "" : expression));
  }

  /** CODE_BLOCK with the text split into runs of at most {@link Ricos#MAX_TEXT} chars (line breaks kept). */
  static Map<String, Object> codeBlock(String id, String code) {
    List<Map<String, Object>> texts = new ArrayList<>();
    if (!code.isEmpty()) {
      for (String chunk : RichTextRuns.split(code, Ricos.MAX_TEXT)) {
        texts.add(Ricos.text(id + "-t" + texts.size(), chunk, List.of()));
      }
    }
    return Ricos.node("CODE_BLOCK", id, texts, "codeBlockData", Ricos.textStyle());
  }

  static List<Map<String, Object>> divider(NotionBlock block, BlockTree tree) {
    return List.of(Ricos.node("DIVIDER", tree.ctx().id(block.id(), ""), List.of(), "dividerData", Ricos.map(
        "containerData", Ricos.container(), "lineStyle", "SINGLE", "width", "LARGE", "alignment", "CENTER")));
  }
}
