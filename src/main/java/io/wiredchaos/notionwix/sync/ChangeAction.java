package io.wiredchaos.notionwix.sync;

/** What a run does to one item. */
public enum ChangeAction {
  CREATE,
  UPDATE,
  DELETE,
  NOOP
}
