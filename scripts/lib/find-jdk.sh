# shellcheck shell=bash
# find_jdk: prints the home of a JDK >= 21 (JAVA_HOME, then java on PATH, then /usr/lib/jvm, newest first).
# Sourced by ./notion-wix and .ci/run so both choose the same JDK.

java_major() { # java_major <java-binary>: prints the feature version (17, 21, 25) or nothing
  local major
  # The JDK's release file first: starting a JVM only to ask its version costs a few hundred ms of every launch.
  major="$(jdk_major "${1%/bin/java}")"
  if [ -z "$major" ]; then
    major="$("$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)"
  fi
  printf '%s\n' "$major"
}

jdk_major() { # jdk_major <jdk-home>: the feature version from <jdk-home>/release, or nothing (shell builtins only)
  local line
  [ -f "$1/release" ] || return 0
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
      JAVA_VERSION=*)
        line="${line#JAVA_VERSION=\"}"
        printf '%s\n' "${line%%[!0-9]*}"
        return 0
        ;;
    esac
  done <"$1/release"
}

find_jdk() {
  local candidate major
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(readlink -f "$(command -v java)")")
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -V -r); do
    candidates+=("$candidate")
  done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ -x "$(dirname "$candidate")/javac" ]; then
      dirname "$(dirname "$candidate")"
      return 0
    fi
  done
  return 1
}
