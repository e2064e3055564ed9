package io.wiredchaos.notionwix.sync;

/** Items by what happened to them in one run. */
public record RunCounts(int created, int updated, int deleted, int unchanged, int failed) {

  public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0);

  public int written() {
    return created + updated + deleted;
  }

  RunCounts plus(ChangeAction action, boolean ok) {
    if (!ok) {
      return new RunCounts(created, updated, deleted, unchanged, failed + 1);
    }
    return switch (action) {
      case CREATE -> new RunCounts(created + 1, updated, deleted, unchanged, failed);
      case UPDATE -> new RunCounts(created, updated + 1, deleted, unchanged, failed);
      case DELETE -> new RunCounts(created, updated, deleted + 1, unchanged, failed);
      case NOOP -> new RunCounts(created, updated, deleted, unchanged + 1, failed);
    };
  }
}
