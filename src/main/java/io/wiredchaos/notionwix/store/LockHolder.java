package io.wiredchaos.notionwix.store;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Who holds the run lock: {@code host:pid}, stored as ShedLock's {@code locked_by}. */
record LockHolder(String host, long pid) {

  static LockHolder current() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    return new LockHolder(host, ProcessHandle.current().pid());
  }

  static LockHolder parse(String lockedBy) {
    int colon = lockedBy.lastIndexOf(':');
    if (colon < 0) {
      return new LockHolder(lockedBy, -1);
    }
    try {
      return new LockHolder(lockedBy.substring(0, colon), Long.parseLong(lockedBy.substring(colon + 1)));
    } catch (NumberFormatException e) {
      return new LockHolder(lockedBy, -1);
    }
  }

  /** True only when the holder ran on {@code localHost} and its process has ended. */
  boolean isDeadOn(String localHost) {
    return pid > 0 && host.equals(localHost) && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
  }

  @Override
  public String toString() {
    return host + ":" + pid;
  }
}
