#!/usr/bin/env bash
# Reader feedback under mixed load (issue 12): readers at full speed (wrk on an article) while one
# client posts "Was this page helpful?" answers at a steady rate, for 60 s, first on the embedded H2
# file, then on PostgreSQL; and a read-only run for comparison. Afterwards it counts the answers the
# site acknowledged (200) against the rows in the database. Not part of the test suite:
#
#   ./mvnw -q package -DskipTests && src/bench/feedback.sh
#   DURATION=20 RATE=10 src/bench/feedback.sh       # shorter
#
# Needs wrk and PostgreSQL's server binaries (Debian: wrk, postgresql; installed when run as root),
# and 2+ cores: the site runs on core 0, wrk and the poster on core 1. Traffic goes only to 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."

JAR=target/ketamine-info-0.1.0-SNAPSHOT.jar
DURATION=${DURATION:-60}
RATE=${RATE:-20}              # feedback posts per second
CONNECTIONS=${CONNECTIONS:-32}
PORT=${PORT:-18480}
PG_PORT=${PG_PORT:-18432}
ARTICLE=/articles/side-effects-and-risks
WORK=$(mktemp -d)
SITE_PID=""

[ -f "$JAR" ] || { echo "Build the jar first: ./mvnw -q package -DskipTests" >&2; exit 1; }
need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" </dev/null
  else
    echo "Missing: ${need[*]}. Install them with: sudo apt-get install -y ${need[*]}" >&2; exit 1
  fi
fi
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
AS_PG=(); [ "$(id -u)" -eq 0 ] && AS_PG=(runuser -u postgres --)
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar)

say() { printf '%s\n' "$*" >&2; }
cleanup() {
  [ -n "$SITE_PID" ] && kill "$SITE_PID" 2>/dev/null || true
  [ -d "$WORK/pg" ] && "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

start_site() { # extra arguments for the jar
  taskset -c 0 java -Xmx512m -jar "$JAR" --server.port=$PORT --site.feedback.posts-per-minute=100000 "$@" \
    >"$WORK/site.log" 2>&1 &
  SITE_PID=$!
  for _ in $(seq 1 300); do # ready when a feedback post is stored (the schema is migrated in the background)
    [ "$(curl -s -o /dev/null -w '%{http_code}' -d "page=/about&helpful=yes" "http://127.0.0.1:$PORT/feedback")" = 200 ] \
      && return 0
    sleep 0.2
  done
  say "The site did not become ready; see $WORK/site.log"; exit 1
}

stop_site() {
  kill "$SITE_PID"; wait "$SITE_PID" 2>/dev/null || true; SITE_PID=""
}

# Posts at RATE a second for DURATION seconds; prints "acknowledged other". With MODE=get it fetches
# a page at the same rate instead: the read-only run then costs the client core just as much, so the
# ratio measures what feedback costs the server, not the poster's share of the client core.
poster() {
  local ok=0 other=0 end=$(( $(date +%s) + DURATION )) pause code
  pause=$(awk -v r="$RATE" 'BEGIN { printf "%.3f", 1 / r }')
  while [ "$(date +%s)" -lt "$end" ]; do
    if [ "$MODE" = get ]; then
      code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/about")
    else
      code=$(curl -s -o /dev/null -w '%{http_code}' -d "page=$ARTICLE&helpful=no" "http://127.0.0.1:$PORT/feedback")
    fi
    if [ "$code" = 200 ]; then ok=$((ok + 1)); else other=$((other + 1)); fi
    sleep "$pause"
  done
  echo "$ok $other"
}

readers() { # prints "requests/s non-2xx-or-errors"
  local out
  out=$(taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$ARTICLE")
  echo "$out" >>"$WORK/wrk.log"
  local rps errors
  rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
  errors=$(echo "$out" | awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(/[^0-9 ]/, " "); for (i = 1; i <= NF; i++) n += $i } END { print n + 0 }')
  echo "$rps $errors"
}

mixed() { # mode (post or get); prints "req/s errors acknowledged other"
  local posts_file="$WORK/posts" r
  (taskset -c 1 bash -c "$(declare -f poster); MODE=$1 DURATION=$DURATION RATE=$RATE PORT=$PORT ARTICLE=$ARTICLE poster" \
    >"$posts_file") &
  local poster_pid=$!
  r=$(readers)
  wait "$poster_pid"
  echo "$r $(cat "$posts_file")"
}

# Warms every path the runs measure: reads, and posts to another page (so they are not counted). A
# warm-up of reads alone left the JIT compiling the post path (form, JDBC driver, thank-you page) on
# the site's core during the measured run, which cost readers 10-16% in the first runs of this bench.
warm_up() {
  say "Warming up (reads and posts, 30 s)..."
  (taskset -c 1 bash -c "$(declare -f poster); MODE=post DURATION=30 RATE=$RATE PORT=$PORT ARTICLE=/about poster" \
    >/dev/null) &
  local poster_pid=$!
  taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d30s "http://127.0.0.1:$PORT$ARTICLE" >/dev/null
  wait "$poster_pid"
}

h2_rows() { java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/h2/feedback" -user sa \
  -sql "SELECT COUNT(*) FROM feedback_answer WHERE path = '$ARTICLE'" | awk 'NR == 2 { print $1 }'; }
pg_rows() { psql -h 127.0.0.1 -p $PG_PORT -U test -d postgres -tA \
  -c "SELECT COUNT(*) FROM feedback_answer WHERE path = '$ARTICLE'"; }

# Warm-up and the read-only baseline, on the embedded store.
H2_URL="jdbc:h2:file:$WORK/h2/feedback;WRITE_DELAY=0"
start_site --spring.datasource.url="$H2_URL"
# Each store gets its own JVM, warmed alike, and its own read-only run in that JVM to compare with.
warm_up
say "H2, read-only: readers plus $RATE page fetches/s for ${DURATION}s..."; read -r ro_rps ro_err _ _ < <(mixed get)
say "Embedded H2: readers plus $RATE posts/s for ${DURATION}s..."
read -r h2_rps h2_err h2_ok h2_bad < <(mixed post)
stop_site
h2_stored=$(h2_rows)

# PostgreSQL: a throw-away cluster on 127.0.0.1.
mkdir -p "$WORK/pg/data"; chmod 755 "$WORK" "$WORK/pg"; [ "$(id -u)" -eq 0 ] && chown -R postgres "$WORK/pg"
"${AS_PG[@]}" "$PG_BIN/initdb" -D "$WORK/pg/data" -U test --auth=trust -E UTF8 --locale=C >/dev/null
# PG_CPU=0 (default): the database shares the site's core, as one server would. PG_CPU=1 puts it with
# the load generator instead, like a database on a host of its own.
taskset -c "${PG_CPU:-0}" "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" -w \
  -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" start >/dev/null
start_site --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
  --spring.datasource.username=test --spring.datasource.password=
warm_up
say "PostgreSQL, read-only: readers plus $RATE page fetches/s for ${DURATION}s..."
read -r pro_rps pro_err _ _ < <(mixed get)
say "PostgreSQL: readers plus $RATE posts/s for ${DURATION}s..."
read -r pg_rps pg_err pg_ok pg_bad < <(mixed post)
stop_site
pg_stored=$(pg_rows)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b == 0 ? 0 : a / b) }'; }
echo "== Feedback under mixed load ($DURATION s, $CONNECTIONS reader connections, $RATE posts/s; $(java -version 2>&1 | head -1))"
printf '%-12s %12s %8s %14s %12s %14s %12s\n' run "reader req/s" errors "vs read-only" "posts ok" "posts failed" "rows stored"
printf '%-12s %12s %8s %14s %12s %14s %12s\n' "H2 read-only" "$ro_rps" "$ro_err" 1.00 - - -
printf '%-12s %12s %8s %14s %12s %14s %12s\n' "H2 file" "$h2_rps" "$h2_err" "$(ratio "$h2_rps" "$ro_rps")" "$h2_ok" "$h2_bad" "$h2_stored"
printf '%-12s %12s %8s %14s %12s %14s %12s\n' "PG read-only" "$pro_rps" "$pro_err" 1.00 - - -
printf '%-12s %12s %8s %14s %12s %14s %12s\n' PostgreSQL "$pg_rps" "$pg_err" "$(ratio "$pg_rps" "$pro_rps")" "$pg_ok" "$pg_bad" "$pg_stored"
echo "Lost acknowledged answers: H2 $((h2_ok - h2_stored)), PostgreSQL $((pg_ok - pg_stored)) (target 0)"
echo "(raw wrk output: $WORK/wrk.log)"
