package io.wiredchaos.notionwix.sync;

/** One field's value before and after a change; either side null when absent. */
public record FieldChange(String name, Object before, Object after) {}
