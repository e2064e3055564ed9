package io.wiredchaos.notionwix.mapping;

/**
 * One problem found in the mapping file, with its position and a hint. All problems are reported together.
 *
 * @param file file name as given
 * @param line 1-based line, 0 when not tied to a line
 * @param column 1-based column, 0 when unknown
 * @param message what is wrong ({@code unknown property "Sttus"})
 * @param hint how to fix it ({@code did you mean "Status"?}), or null
 */
public record MappingProblem(String file, int line, int column, String message, String hint) {

  /** {@code mapping.yaml:12:5: unknown property "Sttus", did you mean "Status"?} */
  @Override
  public String toString() {
    String at = file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    return at + ": " + message + (hint == null ? "" : ", " + hint);
  }
}
