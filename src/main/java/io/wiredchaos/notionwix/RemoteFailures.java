package io.wiredchaos.notionwix;

import io.wiredchaos.notionwix.remote.RemoteApiException;
import io.wiredchaos.notionwix.sync.FailureKind;
import io.wiredchaos.notionwix.sync.SyncFailure;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * The one translation of remote failures into engine failures: wraps a port so that every
 * {@link RemoteApiException} it throws becomes a {@link SyncFailure} of the same kind and message (messages are
 * already redacted by the remote layer). The engine never sees HTTP types (docs/decisions/0001).
 */
final class RemoteFailures {

  private RemoteFailures() {}

  static <T> T translating(Class<T> port, T delegate) {
    InvocationHandler handler = (proxy, method, args) -> {
      try {
        return method.invoke(delegate, args);
      } catch (InvocationTargetException e) {
        throw translate(e.getCause());
      }
    };
    return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
  }

  static Throwable translate(Throwable failure) {
    if (failure instanceof RemoteApiException remote) {
      return new SyncFailure(FailureKind.valueOf(remote.kind().name()), remote.getMessage(), remote);
    }
    return failure;
  }
}
