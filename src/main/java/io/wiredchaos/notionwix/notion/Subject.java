package io.wiredchaos.notionwix.notion;

/**
 * What a request is about, so that an error can say what to fix. A {@code configured} subject is one the operator
 * named in the settings (the database, its data source, the log database): not finding it is a CONFIG failure
 * with a hint, while a missing page or block is only that item's problem.
 *
 * @param description for messages, e.g. {@code "database 248104cd-…"}
 * @param configured whether the operator configured it
 * @param setting the variable that names it, for the hint (null when not configured)
 */
record Subject(String description, boolean configured, String setting) {

  static Subject configured(String description, String setting) {
    return new Subject(description, true, setting);
  }

  static Subject item(String description) {
    return new Subject(description, false, null);
  }
}
