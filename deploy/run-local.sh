#!/usr/bin/env bash
# Runs OpenCert on this machine without Docker: PostgreSQL, Kafka and Keycloak from Maven Central artifacts, then the
# four services. Needs only a JDK 21 or newer. From a fresh clone:
#
#   deploy/run-local.sh                 build (./mvnw install -DskipTests), then start everything
#   deploy/run-local.sh --skip-build    start without building (after a previous build)
#   deploy/run-local.sh --infra-only    PostgreSQL, Kafka and Keycloak only
#   deploy/run-local.sh --reset         forget the local data (.local-stack/postgres, .local-stack/kafka) first
#
# Ctrl-C stops everything. Data stays in .local-stack/ (git-ignored); logs in .local-stack/logs/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# --- a JDK >= 21 ------------------------------------------------------------------------------------------------
java_major() { # $1 = a JDK home; prints its major version, or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \(1\.\)\{0,1\}\([0-9]*\).*/\2/p' | head -n 1
}

find_jdk() {
  local best="" best_major=0 home major
  if [ -n "${JAVA_HOME:-}" ]; then
    major="$(java_major "$JAVA_HOME")"
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$JAVA_HOME"; return; fi
  fi
  local candidates=()
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for home in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
              /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$home" ] && candidates+=("$home")
  done
  for home in "${candidates[@]}"; do
    major="$(java_major "$home")"
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$home"; best_major="$major"
    fi
  done
  [ -n "$best" ] && echo "$best"
}

JDK="$(find_jdk || true)"
if [ -z "$JDK" ]; then
  echo "No JDK 21 or newer found (looked at JAVA_HOME, javac on the PATH and /usr/lib/jvm/*)." >&2
  echo "Install one (e.g. 'apt-get install openjdk-21-jdk' or from https://adoptium.net) and set JAVA_HOME." >&2
  exit 1
fi
export JAVA_HOME="$JDK"
export PATH="$JAVA_HOME/bin:$PATH"
echo "Using JDK $JAVA_HOME (Java $(java_major "$JAVA_HOME"))"

# --- build ------------------------------------------------------------------------------------------------------
BUILD=1
ARGS=()
for a in "$@"; do
  case "$a" in
    --skip-build) BUILD=0 ;;
    *) ARGS+=("$a") ;;
  esac
done

CP_FILE="deploy/local-stack/target/runtime.classpath"
if [ "$BUILD" = 1 ] || [ ! -f "$CP_FILE" ]; then
  echo "Building (./mvnw -B -q install -DskipTests; the first build downloads dependencies and takes a few minutes) ..."
  ./mvnw -B -q install -DskipTests
fi
if [ ! -f "$CP_FILE" ]; then
  echo "$CP_FILE is missing: the build did not complete" >&2
  exit 1
fi

# --- run --------------------------------------------------------------------------------------------------------
exec "$JAVA_HOME/bin/java" -Xmx256m -Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider -Dslf4j.internal.verbosity=WARN \
  -Dopencert.root="$ROOT" \
  -cp "deploy/local-stack/target/classes:$(cat "$CP_FILE")" \
  io.opencert.localstack.LocalPlatform ${ARGS[@]+"${ARGS[@]}"}
