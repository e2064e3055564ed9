package io.wiredchaos.notionwix.mapping.content;

/**
 * The ids of the Ricos nodes built while one body converts, noted as {@link Ricos#node} makes them, so that
 * {@link UniqueNodeIds}' walk over the finished document (which touches every node again) runs only when some id
 * was made twice. Sound because every node of a body is made by {@code Ricos.node} during its conversion, none
 * appears twice in the document (renaming a shared node could not fix its duplicate either) and none changes its
 * id before that pass; nodes made and then dropped (a converter that failed half-way) can only make the walk run
 * when it was not needed. One per conversion, on the converting thread.
 */
final class NodeIdRecord implements AutoCloseable {

  private static final ThreadLocal<NodeIdRecord> CURRENT = new ThreadLocal<>();

  private final StringSet ids = new StringSet();
  private final NodeIdRecord outer;
  private boolean repeated;

  private NodeIdRecord(NodeIdRecord outer) {
    this.outer = outer;
  }

  /** Starts recording on this thread until {@link #close}. */
  static NodeIdRecord open() {
    NodeIdRecord record = new NodeIdRecord(CURRENT.get());
    CURRENT.set(record);
    return record;
  }

  /** Notes a node id when a body is converting on this thread (a no-op otherwise). */
  static void note(String id) {
    NodeIdRecord record = CURRENT.get();
    if (record != null && id != null && !id.isEmpty() && !record.ids.add(id)) {
      record.repeated = true;
    }
  }

  /** Whether some node id was made more than once. */
  boolean repeated() {
    return repeated;
  }

  @Override
  public void close() {
    if (outer == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(outer);
    }
  }
}
