#!/usr/bin/env bash
# Real-path load figures for the portal (issue 13): real HTTP sessions, UIDL requests, Atmosphere push
# over WebSockets and heartbeats, driven by the scripted client in load/ (a copy of the shared uidl-load).
# Starts the production jar (embedded database, fresh demo data) pinned to CPU 0 and drives it from CPU 1.
# From the project root, after ./mvnw -Pproduction,embedded-db -DskipTests package:
#   load/live-load.sh [fanout-N (1000)] [hold levels (200,400,800)]
# Settings (environment): WARM (5000) page opens of the measured page (LOAD_WARM_ROUTE) before anything is measured, in batches of 500
# that are closed again (the JIT goes on compiling for thousands of opens: a warm server has served that many pages), HOLD_S (30) seconds per hold level, SETTLE_S (30) seconds after each ramp of opens before
# the fan-out rounds or the holding CPU are measured (the JIT compiles for a while after a ramp), ROUNDS (3), ONLY=fanout|hold, LOAD_PORT (18090),
# LOAD_JAR (the portal jar; default the largest in target/), LOAD_TOPIC, LOAD_PRE, LOAD_FIELD, SERVER_OPTS (extra JVM options, e.g. JFR), SERVER_ARGS (extra portal arguments for the hold), JAVA_HOME (JDK 21+).
# A benchmark: it prints figures and is not part of the build or of CI.
set -euo pipefail
N=${1:-1000}; LEVELS=${2:-200,400,800}; WARM=${WARM:-5000}; HOLD_S=${HOLD_S:-30}; SETTLE_S=${SETTLE_S:-30}; ROUNDS=${ROUNDS:-3}; ONLY=${ONLY:-all}
ROOT=$(pwd); HERE=$ROOT/load
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
JAR=${LOAD_JAR:-}; [ -n "$JAR" ] || JAR=$(ls -S "$ROOT"/target/*.jar 2>/dev/null | grep -v -- -plain | head -1 || true)
[ -n "$JAR" ] || { echo "no jar in target/: ./mvnw -Pproduction,embedded-db -DskipTests package" >&2; exit 2; }
PORT=${LOAD_PORT:-18090}; BASE=http://127.0.0.1:$PORT/
WORK=${LOAD_WORK:-$ROOT/target/live-load}; mkdir -p "$WORK"
TOPIC=${LOAD_TOPIC:-dialogues/digital-economy-benchmark-city/topics/five-sons}
# The warm-up opens the measured page itself, as a live programme's server has: warmed on another topic only, the first
# 1,000 opens of this one still cost 1.7-2 times the next 1,000 (session 11). The fan-out's warm-up round publishes on another topic.
WARM_ROUTE=${LOAD_WARM_ROUTE:-$TOPIC}
OTHER_ROUTE=dialogues/digital-economy-benchmark-city/topics/digital-life
# Each round publishes an answer to a different unanswered question of that topic (demo data).
PRE=${LOAD_PRE:-answer-open-15,answer-open-37,answer-open-43}
# The answer editor has a text per language (answer-text-zh, answer-text-en); the topic page shows the English one.
FIELD=${LOAD_FIELD:-answer-text-en}
CLIENT_JAR=$HERE/target/uidl-load.jar
if [ ! -f "$CLIENT_JAR" ] || [ -n "$(find "$HERE/src" "$HERE/pom.xml" -newer "$CLIENT_JAR" 2>/dev/null)" ]; then
  ( cd "$HERE" && JAVA_HOME=$(dirname "$(dirname "$JAVA")") "$ROOT/mvnw" -q -B -f "$HERE/pom.xml" package >/dev/null ) \
    || { echo "could not build the load client (mvnw -f load/pom.xml package)" >&2; exit 2; }
fi
CLIENT="taskset -c 1 $JAVA -XX:+UseG1GC -jar $CLIENT_JAR"
echo "commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u +%FT%TZ), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"

start() {   # $1: extra server arguments
  rm -rf "$WORK/run"; mkdir -p "$WORK/run"
  ( cd "$WORK/run" && exec taskset -c 0 "$JAVA" -XX:+UseG1GC -Xmx2g ${SERVER_OPTS:-} -jar "$JAR" --server.port="$PORT" $1 >"$WORK/app.log" 2>&1 ) &
  PID=$!
  for _ in $(seq 1 180); do curl -sf -o /dev/null "$BASE" && return 0; sleep 1; done
  echo "server did not start; see $WORK/app.log" >&2; exit 1
}
warm() {   # WARM opens of another topic page, 500 at a time, each batch closed again
  local left=$WARM n t0=$SECONDS
  while [ "$left" -gt 0 ]; do
    n=$(( left < 500 ? left : 500 ))
    $CLIENT run-hold --base "$BASE" --route "$WARM_ROUTE" --levels "$n" --hold-s 1 >/dev/null 2>&1 || true
    left=$(( left - n ))
  done
  echo "warm-up: $WARM page opens of $WARM_ROUTE in $(( SECONDS - t0 )) s, closed again"
}
stop() { [ -n "${PID:-}" ] && { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }; PID=; }
trap stop EXIT

if [ "$ONLY" != hold ]; then
  echo "== fan-out: one published answer reaches $N open topic pages (server on 1 core)"
  start ""
  warm
  # a warm-up round on another topic, so that publishing and the deliveries run warmed up too
  $CLIENT run-fanout --base "$BASE" --route "$OTHER_ROUTE" --n 200 --rounds 1 \
    --user staff@example.org --password dialogue-demo --mod-route answers --pre-click answer-open-14 \
    --field-id "$FIELD" --button-id answer-publish --pid "$PID" >/dev/null 2>&1 || true
  echo "load average before the measured run: $(cut -d' ' -f1-3 /proc/loadavg)"
  $CLIENT run-fanout --base "$BASE" --route "$TOPIC" --n "$N" --rounds "$ROUNDS" --timeout-s 60 --user staff@example.org \
    --password dialogue-demo --mod-route answers --pre-click "$PRE" --field-id "$FIELD" --button-id answer-publish \
    --settle-s "$SETTLE_S" --pid "$PID" | tee "$WORK/fanout.txt" | grep -E "^opened|^settled|^round|latency from action sent|server CPU|^errors|^RESULT" || true
  awk '/^opened/ { n=$2; sub("/.*","",n); for (i=1;i<=NF;i++) { if ($i=="CPU") { c=$(i+1); sub("s;?$","",c) }; if ($i=="compiler") j=$(i+1) }; if (n>0) printf "server CPU per page open (page GET, init, navigate, push connect): %.1f ms, of it the JIT compiler %.1f ms\n", 1000*c/n, 1000*j/n }' "$WORK/fanout.txt"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  stop
fi

if [ "$ONLY" != fanout ]; then
  echo "== hold: live heap and CPU per open topic page, each in its own session (heartbeat 10 s, ${SETTLE_S} s settling + ${HOLD_S} s measured per level)"
  start "--vaadin.heartbeatInterval=10 ${SERVER_ARGS:-}"
  warm
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  $CLIENT run-hold --base "$BASE" --route "$TOPIC" --levels "$LEVELS" --hold-s "$HOLD_S" --settle-s "$SETTLE_S" --pid "$PID" \
    | tee "$WORK/hold.txt" | grep -E "^N=|^opened|linear fit|^errors" || true
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  stop
fi
