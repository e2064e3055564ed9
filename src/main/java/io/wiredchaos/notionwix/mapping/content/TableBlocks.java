package io.wiredchaos.notionwix.mapping.content;

import io.wiredchaos.notionwix.notion.api.NotionBlock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Notion tables (rows are {@code table_row} children with one rich-text array per cell, notion.md §5.2) as
 * TABLE → TABLE_ROW → TABLE_CELL → PARAGRAPH (wix.md §5.2: a cell holds at least one block, never bare TEXT).
 * Notion's column header (first row) is Ricos {@code rowHeader}; Notion's row header is {@code columnHeader}.
 */
final class TableBlocks {

  private TableBlocks() {}

  static List<Map<String, Object>> table(NotionBlock block, BlockTree tree) {
    ContentContext ctx = tree.ctx();
    List<NotionBlock> rows = new ArrayList<>();
    for (NotionBlock child : block.children()) {
      if (child != null && "table_row".equals(child.type())) {
        rows.add(child);
      } else if (child != null) {
        ctx.warn(child.id(), "TABLE_CHILD_DROPPED", child.type() + " inside a table is not a row; left out");
      }
    }
    int width = (int) Math.max(1, Json.at(block.payload(), "table_width").asLong(0));
    for (NotionBlock row : rows) {
      width = Math.max(width, Json.array(row.payload(), "cells").size());
    }
    if (rows.isEmpty()) {
      return Fallback.broken(block, tree, "EMPTY_TABLE", "table has no rows; shown as a note", "table");
    }
    String id = ctx.id(block.id(), "");
    List<Map<String, Object>> rowNodes = new ArrayList<>();
    for (NotionBlock row : rows) {
      rowNodes.add(row(row, width, ctx));
    }
    Map<String, Object> dimensions = Ricos.map(
        "colsWidthRatio", Collections.nCopies(width, 10),
        "rowsHeight", Collections.nCopies(rows.size(), 47),
        "colsMinWidth", Collections.nCopies(width, 120));
    return List.of(Ricos.node("TABLE", id, rowNodes, "tableData", Ricos.map(
        "containerData", Ricos.container(), "dimensions", dimensions,
        "rowHeader", Json.bool(block.payload(), "has_column_header"),
        "columnHeader", Json.bool(block.payload(), "has_row_header"))));
  }

  private static Map<String, Object> row(NotionBlock row, int width, ContentContext ctx) {
    String rowId = ctx.id(row.id(), "");
    List<JsonNode> cells = Json.array(row.payload(), "cells");
    List<Map<String, Object>> cellNodes = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      String cellId = rowId + "-c" + c;
      List<Map<String, Object>> texts = c < cells.size()
          ? RichTextRuns.texts(cells.get(c), cellId + "-p", row.id(), null, List.of(), ctx)
          : List.of();
      cellNodes.add(Ricos.node("TABLE_CELL", cellId, List.of(Ricos.paragraph(cellId + "-p", texts)),
          "tableCellData", Ricos.map("cellStyle", Ricos.map("verticalAlignment", "TOP"))));
    }
    return Ricos.node("TABLE_ROW", rowId, cellNodes);
  }
}
