#!/usr/bin/env bash
# Benchmark of the public register: verification by number over a register of 1,000,000 certificates, the liveness
# endpoint for scale, and the daily expiry jobs. See bench/README.md.
#
#   certificate-service/bench/run.sh                          1,000,000 certificates, 30 s per measurement
#   CERTIFICATES=20000 DURATION=5s WARMUP=5s certificate-service/bench/run.sh     a quick dry run
#
# Needs a JDK 21 or newer (JAVA_HOME), wrk (Debian package wrk) and curl. Packages the service first unless
# target/quarkus-app exists (BUILD=1 forces it). Everything it starts stops when it ends, also on Ctrl-C.
set -euo pipefail

MODULE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$MODULE/.." && pwd)"
CERTIFICATES="${CERTIFICATES:-1000000}"
DURATION="${DURATION:-30s}"
WARMUP="${WARMUP:-20s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-64}"
PORT="${PORT:-18083}"
MANAGEMENT_PORT="${MANAGEMENT_PORT:-19083}"
OUT="$MODULE/target/bench"
BASE="http://127.0.0.1:$PORT"
# health (and metrics) answer on the management interface, off the public port
MANAGEMENT="http://127.0.0.1:$MANAGEMENT_PORT"

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is missing" >&2; exit 1; }
mkdir -p "$OUT"

mvn_quiet() { # offline when the local repository has everything, else online
  (cd "$ROOT" && { ./mvnw -B -q -o "$@" 2>/dev/null || ./mvnw -B -q "$@"; })
}

# --- the packaged service and the platform's classpath ----------------------------------------------------------
if [ "${BUILD:-0}" = 1 ] || [ ! -f "$MODULE/target/quarkus-app/quarkus-run.jar" ] || [ ! -d "$MODULE/target/test-classes" ]; then
  echo "packaging certificate-service (tests are not run) ..."
  mvn_quiet -pl certificate-service package -DskipTests
fi
mvn_quiet -pl certificate-service dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt"

PIDS=()
cleanup() {
  for (( i=${#PIDS[@]}-1; i>=0; i-- )); do
    kill "${PIDS[$i]}" 2>/dev/null || true
    wait "${PIDS[$i]}" 2>/dev/null || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- PostgreSQL, Kafka, Keycloak and the register ----------------------------------------------------------------
echo "starting PostgreSQL, Kafka and Keycloak, loading $CERTIFICATES certificates (log: $OUT/platform.log) ..."
rm -f "$OUT/platform.env"
"$JAVA" -Xmx1g -Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider -Dbench.shared-buffers="${SHARED_BUFFERS:-2GB}" \
  -cp "$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$OUT/classpath.txt")" \
  io.opencert.certificate.bench.BenchmarkPlatform --certificates "$CERTIFICATES" --dir "$OUT" \
  >"$OUT/platform.log" 2>&1 &
PIDS+=($!)
until [ -f "$OUT/platform.env" ]; do
  kill -0 "${PIDS[0]}" 2>/dev/null || { echo "the platform did not start:" >&2; tail -n 40 "$OUT/platform.log" >&2; exit 1; }
  sleep 2
done
# shellcheck disable=SC1091
source "$OUT/platform.env"
echo "register loaded: $CERTIFICATES certificates in $LOAD_SECONDS s"

# --- the service, as packaged, with the rate limit raised ---------------------------------------------------------
echo "starting certificate-service on port $PORT (log: $OUT/service.log) ..."
QUARKUS_HTTP_PORT="$PORT" QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" \
QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://127.0.0.1:$PG_PORT/certificate" \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/certificate" \
KAFKA_BOOTSTRAP_SERVERS="$KAFKA_BOOTSTRAP" \
QUARKUS_OIDC_AUTH_SERVER_URL="$KEYCLOAK_URL/realms/certification" \
CB_REGISTER_RATE_LIMIT_REQUESTS=1000000000 \
CB_CERTIFICATE_LIFECYCLE_CRON=off CB_CERTIFICATE_EXPIRY_NOTICE_CRON=off \
  "$JAVA" ${SERVICE_JAVA_OPTS:-} -jar "$MODULE/target/quarkus-app/quarkus-run.jar" >"$OUT/service.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$MANAGEMENT/q/health/ready")" = 200 ] && break
  kill -0 "${PIDS[1]}" 2>/dev/null || { echo "the service did not start:" >&2; tail -n 40 "$OUT/service.log" >&2; exit 1; }
  sleep 1
done
NUMBER="$(head -n 1 "$OUT/numbers.txt")"
curl -sf "$BASE/api/v1/public/certificates/$NUMBER" >/dev/null || { echo "verification of $NUMBER failed" >&2; exit 1; }

# --- load: liveness and verification by number -------------------------------------------------------------------
SCRIPT="$MODULE/bench/verify.lua"
run_wrk() { # $1 = duration, $2... = wrk arguments after the options
  local duration="$1"; shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency "$@"
}
requests_per_second() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }
p99_ms() { # the 99% line of wrk's latency distribution, in milliseconds
  awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) }
                     else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f", v }' "$1"
}
failed_requests() { awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { n += 1 } END { print n + 0 }' "$1"; }

echo "warming up ($WARMUP each) ..."
run_wrk "$WARMUP" -s "$SCRIPT" "$BASE" -- "$OUT/numbers.txt" >/dev/null
run_wrk "$WARMUP" "$MANAGEMENT/q/health/live" >/dev/null

echo "measuring liveness ($DURATION) ..."
run_wrk "$DURATION" "$MANAGEMENT/q/health/live" | tee "$OUT/wrk-liveness.txt"
echo "measuring verification by number ($DURATION, random numbers of the register) ..."
run_wrk "$DURATION" -s "$SCRIPT" "$BASE" -- "$OUT/numbers.txt" | tee "$OUT/wrk-verification.txt"

# --- the daily expiry jobs, run on demand by cb-admin ------------------------------------------------------------
TOKEN="$(curl -sf -d grant_type=password -d client_id=cb-api -d client_secret=cb-api-secret \
  -d username=admin -d password=admin "$KEYCLOAK_URL/realms/certification/protocol/openid-connect/token" \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
run_job() { # $1 = job; prints the duration in seconds, the answer goes to $OUT/job-$1.json
  local started ended status
  started="$(date +%s%N)"
  status="$(curl -s -o "$OUT/job-$1.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" \
    "$BASE/api/v1/admin/jobs/$1")"
  ended="$(date +%s%N)"
  [ "$status" = 200 ] || { echo "job $1 answered $status: $(head -c 500 "$OUT/job-$1.json")" >&2; exit 1; }
  awk -v ns="$((ended - started))" 'BEGIN { printf "%.2f", ns / 1e9 }'
}
echo "running the daily jobs ..."
LIFECYCLE_SECONDS="$(run_job certificate-lifecycle)"
EXPIRED="$(grep -o '"status":"EXPIRED"' "$OUT/job-certificate-lifecycle.json" | wc -l)"
WITHDRAWN="$(grep -o '"status":"WITHDRAWN"' "$OUT/job-certificate-lifecycle.json" | wc -l)"
NOTICES_SECONDS="$(run_job expiry-notices)"
NOTICES="$(grep -o '"daysBeforeExpiry"' "$OUT/job-expiry-notices.json" | wc -l)"

# --- figures ------------------------------------------------------------------------------------------------------
LIVE_RPS="$(requests_per_second "$OUT/wrk-liveness.txt")"
LIVE_P99="$(p99_ms "$OUT/wrk-liveness.txt")"
VERIFY_RPS="$(requests_per_second "$OUT/wrk-verification.txt")"
VERIFY_P99="$(p99_ms "$OUT/wrk-verification.txt")"
VERIFY_FAILED="$(failed_requests "$OUT/wrk-verification.txt")"
RATIO="$(awk -v v="$VERIFY_RPS" -v l="$LIVE_RPS" 'BEGIN { printf "%.2f", v / l }')"
{
  echo
  echo "=== certificate-service benchmark: $CERTIFICATES certificates, wrk -t$THREADS -c$CONNECTIONS -d$DURATION ==="
  printf 'register load (set-based SQL):        %s s\n' "$LOAD_SECONDS"
  printf 'liveness /q/health/live:              %s requests/s, p99 %s ms\n' "$LIVE_RPS" "$LIVE_P99"
  printf 'verification by number (JSON):        %s requests/s, p99 %s ms, %s failed\n' "$VERIFY_RPS" "$VERIFY_P99" "$VERIFY_FAILED"
  printf 'ratio verification / liveness:        %s\n' "$RATIO"
  printf 'lifecycle job (expire, withdraw):     %s s (%s expired, %s withdrawn)\n' "$LIFECYCLE_SECONDS" "$EXPIRED" "$WITHDRAWN"
  printf 'expiry notice job (90/60/30 days):    %s s (%s notices)\n' "$NOTICES_SECONDS" "$NOTICES"
} | tee "$OUT/summary.txt"
[ "$VERIFY_FAILED" = 0 ] || { echo "some verifications failed: see $OUT/wrk-verification.txt" >&2; exit 1; }
