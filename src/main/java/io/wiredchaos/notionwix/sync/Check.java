package io.wiredchaos.notionwix.sync;

/**
 * One result of {@code doctor --online}.
 *
 * @param subject what was checked, e.g. {@code "Notion token"}
 * @param ok whether it passed
 * @param detail when it passed, what was found (who the token belongs to…); when it failed, what is wrong and, in
 *     one sentence, how to fix it. Never a secret or page contents.
 */
public record Check(String subject, boolean ok, String detail) {

  public static Check passed(String subject, String detail) {
    return new Check(subject, true, detail);
  }

  public static Check failed(String subject, String detail) {
    return new Check(subject, false, detail);
  }
}
