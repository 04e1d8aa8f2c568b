#!/usr/bin/env bash
# Fan-out across two nodes (issue 14, docs/performance.md): two portal nodes on Redis behind HAProxy
# with cookie stickiness, N anonymous topic pages opened through the load balancer (each its own
# session, so round robin puts half on each node), staff signed in on one of them publishes an
# answer: the figures are from the click to every page having it, on both nodes.
# Run from the project root, with a built jar (./mvnw -Pproduction,embedded-db -DskipTests package),
# a Redis server on 127.0.0.1:6379 and haproxy installed:
#   deploy/two-node-load.sh [N (1000)]
set -euo pipefail
N=${1:-1000}
ROOT=$(pwd); TOOLS=${LOAD_TOOLS:-$ROOT/../shared/tools}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
JAR=$(ls -S "$ROOT"/target/*.jar 2>/dev/null | grep -v -- -plain | head -1 || true)
[ -n "$JAR" ] || { echo "no jar in target/: ./mvnw -Pproduction,embedded-db -DskipTests package" >&2; exit 2; }
command -v haproxy >/dev/null || { echo "haproxy is needed (Debian: apt-get install haproxy)" >&2; exit 2; }
WORK=${LOAD_WORK:-$ROOT/target/two-node-load}; mkdir -p "$WORK"
P1=18091; P2=18092; LB=18090; BASE=http://127.0.0.1:$LB/
PREFIX=load-$$
TOPIC=${LOAD_TOPIC:-dialogues/digital-economy-benchmark-city/topics/five-sons}
PRE=${LOAD_PRE:-answer-open-15,answer-open-37,answer-open-43}
if [ ! -f "$WORK/uidl-load/target/uidl-load.jar" ]; then
  rm -rf "$WORK/uidl-load"; cp -r "$TOOLS/uidl-load" "$WORK/uidl-load"; chmod -R u+w "$WORK/uidl-load"
  ( cd "$WORK/uidl-load" && JAVA_HOME=$(dirname "$(dirname "$JAVA")") mvn -q -B package >/dev/null )
fi
CLIENT="taskset -c 1 $JAVA -XX:+UseG1GC -jar $WORK/uidl-load/target/uidl-load.jar"
COMMON="--dialogue.redis.url=redis://127.0.0.1:6379 --dialogue.cluster.prefix=$PREFIX --dialogue.second-factor.back-office=optional"
PIDS=()
stop() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT
ready() { for _ in $(seq 1 240); do curl -sf -o /dev/null "http://127.0.0.1:$1/actuator/health/readiness" && return 0; sleep 1; done
  echo "node on $1 did not start" >&2; exit 1; }

rm -rf "$WORK/run1" "$WORK/run2"; mkdir -p "$WORK/run1" "$WORK/run2"
( cd "$WORK/run1" && exec taskset -c 0 "$JAVA" -XX:+UseG1GC -Xmx1500m -jar "$JAR" --server.port=$P1 \
    --dialogue.cluster.node-id=node1 $COMMON >"$WORK/node1.log" 2>&1 ) & PIDS+=($!)
ready $P1
DB_PORT=$(grep -o "Embedded MariaDB started on 127.0.0.1:[0-9]*" "$WORK/node1.log" | head -1 | sed 's/.*://')
DB_PASSWORD=$(cat "$(find "$WORK/run1" -name root-password | head -1)")
( cd "$WORK/run2" && exec taskset -c 0 "$JAVA" -XX:+UseG1GC -Xmx1500m -jar "$JAR" --server.port=$P2 \
    --dialogue.cluster.node-id=node2 $COMMON \
    --spring.datasource.url="jdbc:mariadb://127.0.0.1:$DB_PORT/citizen_dialogue" --spring.datasource.username=root \
    --spring.datasource.password="$DB_PASSWORD" --dialogue.demo.enabled=true >"$WORK/node2.log" 2>&1 ) & PIDS+=($!)
ready $P2
# staff signs in by script with a password only: this throw-away load database forgets the demo
# staff's second factor (docs/operations.md: load tests), with the node started "optional"
MARIADB=$(find "$WORK/run1" -path "*base/bin/mariadb" | head -1)
LD_LIBRARY_PATH=$(dirname "$(dirname "$MARIADB")")/libs "$MARIADB" --host=127.0.0.1 --port="$DB_PORT" --user=root \
  --password="$DB_PASSWORD" --skip-ssl citizen_dialogue \
  -e "DELETE FROM second_factor WHERE account_id = (SELECT id FROM account WHERE email = 'staff@example.org')"
sed -e "s/server node1 node1:8080/server node1 127.0.0.1:$P1/" -e "s/server node2 node2:8080/server node2 127.0.0.1:$P2/" \
    -e "s/bind :8080/bind 127.0.0.1:$LB/" -e "s/ resolvers docker init-addr last,libc,none//" \
    -e "/^resolvers docker/,/^$/d" -e "s/maxconn 20000/maxconn 8000\n    nbthread 1/" \
    deploy/haproxy.cfg > "$WORK/haproxy.cfg"
haproxy -c -q -f "$WORK/haproxy.cfg"
( exec taskset -c 1 haproxy -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 ) & PIDS+=($!)
sleep 3

echo "== fan-out: one published answer reaches $N topic pages, half on each of two nodes (both nodes on core 0)"
if [ -z "${LOAD_NO_WARMUP:-}" ]; then
  $CLIENT run-fanout --base "$BASE" --route dialogues/digital-economy-benchmark-city/topics/digital-life --n 100 --rounds 1 \
    --user staff@example.org --password dialogue-demo --mod-route answers --pre-click answer-open-14 \
    --field-id answer-text --button-id answer-publish --pid "${PIDS[0]}" >"$WORK/warmup.txt" 2>&1 || true
fi
$CLIENT run-fanout --base "$BASE" --route "$TOPIC" --n "$N" --rounds 3 --timeout-s 60 --user staff@example.org \
  --password dialogue-demo --mod-route answers --pre-click "$PRE" --field-id answer-text --button-id answer-publish \
  --pid "${PIDS[0]}" 2>&1 | tee "$WORK/fanout.txt" | grep -E "^opened|^round|latency from action sent|server CPU|^errors|^RESULT"
echo "sessions per node (HAProxy cookie NODE):"
grep -o "nodes/node[12]" "$WORK/haproxy.log" | sort | uniq -c || true
