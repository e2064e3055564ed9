package io.wiredchaos.notionwix.sync;

import java.util.List;

/**
 * The online checks of {@code doctor --online}: credentials, sharing, the mapping against both schemas. Reads only;
 * a checkup never writes to either service.
 */
public interface Checkup {

  /** Every check, in the order a user fixes them; a check that could not run because an earlier one failed says so. */
  List<Check> run();
}
