#!/usr/bin/env bash
# Benchmark of the site against Hugo building the same articles, nginx serving its static export, and
# a bare Spring Boot endpoint (the framework's own ceiling). Not part of the test suite; run it by hand:
#
#   src/bench/bench.sh            # everything (about 40 minutes)
#   QUICK=1 src/bench/bench.sh    # shorter runs, 1,000 articles only, no soak (about 4 minutes)
#
# Needs nginx, wrk, hugo and GNU time (Debian packages; installed when run as root), and 2+ cores:
# servers run on core 0 and wrk on core 1 (taskset). Every figure is the median of 3 runs, and the
# servers are measured alternately (A/B/A/B...) so drift hits all of them alike. WARMUP (seconds of
# traffic before the throughput runs, default 20) and SETTLE (seconds between the pages being rendered
# and the first live edit, default 10) measure a running site rather than one still starting.
# Traffic goes only to 127.0.0.1, in bounded runs.
set -euo pipefail
cd "$(dirname "$0")/../.."

QUICK=${QUICK:-}
RUNS=${RUNS:-3}
DURATION=${DURATION:-$([ -n "$QUICK" ] && echo 5 || echo 10)}
CONNECTIONS=${CONNECTIONS:-64}
SOAK_SECONDS=${SOAK_SECONDS:-60}
SOAK_CONNECTIONS=${SOAK_CONNECTIONS:-256}
SIZES=${SIZES:-$([ -n "$QUICK" ] && echo "1000" || echo "1000 10000")}
SITE_PORT=18080 BARE_PORT=18081 NGINX_PORT=18082
ARTICLE=/articles/side-effects-and-risks
SERVER_CPU=0 CLIENT_CPU=1
# The same JVM and server settings for the site and the bare app.
JAVA_OPTS=${JAVA_OPTS:-"-XX:+UseParallelGC -Xms64m"}
# The site's Tomcat settings (application.yml), given to the bare app too.
SERVER_ARGS="--server.tomcat.max-keep-alive-requests=10000 --server.tomcat.threads.max=16"

WORK=$(mktemp -d /tmp/ketamine-bench.XXXXXX)
chmod 755 "$WORK" # nginx workers run as another user and must read the export
# Where Hugo and the export write their sites: a RAM disk when there is one, as Hugo's own
# --renderToMemory leaves the disk out of a build's timing. On this machine's disk, writing the same
# 20,000 files took anywhere from 1 to 12 s from one run to the next (after the last run's files were
# deleted), on /dev/shm 0.4-0.6 s: the disk's state, not either tool's work. BUILD_OUT=DIR overrides.
if [ -z "${BUILD_OUT:-}" ] && [ "$(df --output=avail -k /dev/shm 2>/dev/null | tail -1)" -gt 4000000 ] 2>/dev/null; then
  BUILD_OUT=$(mktemp -d /dev/shm/ketamine-bench.XXXXXX)
fi
BUILD_OUT=${BUILD_OUT:-$WORK}
PIDS=()
cleanup() {
  [ "$BUILD_OUT" != "$WORK" ] && rm -rf "$BUILD_OUT/hugo-out" "$BUILD_OUT/export" && rmdir "$BUILD_OUT" 2>/dev/null || true
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  pkill -f -- "--server.port=($SITE_PORT|$BARE_PORT)" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT
for port in $SITE_PORT $BARE_PORT $NGINX_PORT; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "Port $port is already in use (a server left from an earlier run?); stop it first." >&2; exit 1
  fi
done

need=()
for tool in nginx:nginx wrk:wrk hugo:hugo /usr/bin/time:time; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || need+=("${tool##*:}")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" </dev/null
  else
    echo "Missing: ${need[*]}. Install them with: sudo apt-get install -y ${need[*]}" >&2; exit 1
  fi
fi

say() { printf '%s\n' "$*" >&2; }
median() { [ $# -gt 0 ] || { echo "?"; return; }; printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b == 0 ? 0 : a / b) }'; }
figure() { # name, unit, values...
  local name=$1 unit=$2; shift 2
  printf '%-44s %10s %-5s (runs: %s)\n' "$name" "$(median "$@")" "$unit" "$*"
}

say "== building the site and the bare app"
./mvnw -q -B -DskipTests package
./mvnw -q -B -f src/bench/bare/pom.xml -DskipTests package
./mvnw -q -B -f src/bench/starters/pom.xml -DskipTests package
JAR=$(ls target/ketamine-info-*.jar | head -1)
BARE_JAR=$(ls src/bench/bare/target/bare-*.jar | head -1)
STARTERS_JAR=$(ls src/bench/starters/target/starters-*.jar | head -1)

say "== generating content: $SIZES synthetic articles"
for n in $SIZES; do java src/bench/GenerateContent.java "$WORK/gen$n" "$n" >&2; done

# Starts a server pinned to the server core; prints its pid. Args: log, command...
start() {
  local log=$1; shift
  taskset -c $SERVER_CPU "$@" >"$log" 2>&1 &
  echo $!
}
wait_for() { # url; prints milliseconds since $T0 (nanoseconds) until the first 200
  local url=$1
  for _ in $(seq 1 12000); do # up to 10 minutes: 10,000 articles on one slow core take minutes
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; then
      echo $(( ($(date +%s%N) - T0) / 1000000 )); return
    fi
    sleep 0.05
  done
  echo "timed out waiting for $url" >&2; exit 1
}
wait_rendered() { # log: until the site logs that its pages are rendered (they render after the first answer)
  for _ in $(seq 1 2400); do grep -q "Rendered .* pages in" "$1" && break; sleep 0.05; done
}
rss_kb() { awk '/VmRSS/ { print $2 }' "/proc/$1/status"; }
hwm_kb() { awk '/VmHWM/ { print $2 }' "/proc/$1/status"; }
live_heap_kb() { # the live objects' bytes, in KB, after the full GC the class histogram makes
  # Steadier than "used" after GC.run: with the same bundled content that read 31 MB in one run and 46 MB
  # in the next, while the histogram's total stayed within 70 KB over three runs.
  jcmd "$1" GC.class_histogram 2>/dev/null | awk '$1 == "Total" { printf "%d", $3 / 1024 }'
}
stop() { # the servers are not children of this shell, so wait until the process has really gone
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 400); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.05; done
  kill -9 "$1" 2>/dev/null || true
}

site() { # content folder, log; starts the site jar, echoes pid
  start "$2" java $JAVA_OPTS -jar "$JAR" --server.port=$SITE_PORT --site.content.location="$1"
}

say "== start-up to first page, content load, memory"
declare -A STARTUP LOAD RENDER HEAP RSS PEAK
for run in $(seq 1 $RUNS); do
  T0=$(date +%s%N); pid=$(start "$WORK/bare.log" java $JAVA_OPTS -jar "$BARE_JAR" --server.port=$BARE_PORT $SERVER_ARGS)
  STARTUP[bare]+="$(wait_for "http://127.0.0.1:$BARE_PORT/bare") "
  sleep 1; HEAP[bare]+="$(live_heap_kb "$pid") "; RSS[bare]+="$(rss_kb "$pid") "; stop "$pid"
  # The site's own starters with one template and no content (src/bench/starters), a fresh database each run.
  rm -rf "$WORK/starters-db"
  T0=$(date +%s%N); pid=$(start "$WORK/starters.log" java $JAVA_OPTS -jar "$STARTERS_JAR" --server.port=$BARE_PORT \
    --spring.datasource.url="jdbc:h2:file:$WORK/starters-db/starters;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE")
  STARTUP[starters]+="$(wait_for "http://127.0.0.1:$BARE_PORT/") "; stop "$pid"
  for content in bundled $SIZES; do
    folder=content; [ "$content" = bundled ] || folder="$WORK/gen$content/site"
    T0=$(date +%s%N); pid=$(site "$folder" "$WORK/site-$content.log")
    STARTUP[$content]+="$(wait_for "http://127.0.0.1:$SITE_PORT/") "
    # Pages render in the background after the first answer; wait for that before reading the times.
    wait_rendered "$WORK/site-$content.log"
    LOAD[$content]+="$(sed -n 's/.*Loaded .* in \([0-9]*\) ms.*/\1/p' "$WORK/site-$content.log" | head -1) "
    RENDER[$content]+="$(sed -n 's/.*Rendered .* pages in \([0-9]*\) ms.*/\1/p' "$WORK/site-$content.log" | head -1) "
    PEAK[$content]+="$(hwm_kb "$pid") "
    # A search waits until the search index is built, so the heap is measured with it and not mid-build.
    curl -s -o /dev/null "http://127.0.0.1:$SITE_PORT/search?q=dose"
    sleep 1; HEAP[$content]+="$(live_heap_kb "$pid") "; RSS[$content]+="$(rss_kb "$pid") "; stop "$pid"
  done
done

say "== Hugo building the same synthetic articles"
declare -A HUGO_MS HUGO_KB
for n in $SIZES; do
  for run in $(seq 1 $RUNS); do
    rm -rf "$BUILD_OUT/hugo-out"
    /usr/bin/time -f '%e %M' -o "$WORK/hugo.time" taskset -c $SERVER_CPU,$CLIENT_CPU \
      hugo --quiet -s "$WORK/gen$n/hugo" -d "$BUILD_OUT/hugo-out" >/dev/null 2>&1
    read -r secs kb <"$WORK/hugo.time"
    HUGO_MS[$n]+="$(awk -v s="$secs" 'BEGIN { printf "%d", s * 1000 }') "; HUGO_KB[$n]+="$kb "
  done
done
# The whole export command, JVM start to the last file written, against Hugo's whole build: both use
# both cores. Twice: with the JVM flags the servers get, and with the batch flags the README gives for a
# one-off export: no C2 compiler, which on a short run costs more than it saves, and the serial collector,
# whose heap grows far less (at 1,000 articles, peak RSS 183 MB against 757 MB with the parallel one, in
# the same time).
BATCH_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
declare -A OURS_MS OURS_KB BATCH_MS BATCH_KB
export_run() { # content folder, JVM flags, jar[, java command, default java]; prints "ms kb"
  rm -rf "$BUILD_OUT/export"
  /usr/bin/time -f '%e %M' -o "$WORK/ours.time" taskset -c $SERVER_CPU,$CLIENT_CPU \
    "${4:-java}" $2 -jar "$3" --site.content.location="$1" --export="$BUILD_OUT/export" >"$WORK/export.log" 2>&1
  read -r secs kb <"$WORK/ours.time"
  echo "$(awk -v s="$secs" 'BEGIN { printf "%d", s * 1000 }') $kb"
}
# A third way, the README's for an export run again and again (a content repository's CI): the batch
# flags plus a class-data archive (CDS, Java 17's own), written by one training export of the bundled
# content from the extracted jar, as Spring Boot's documentation sets it up.
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/site-x" >/dev/null
java -Djarmode=tools -jar "$BARE_JAR" extract --destination "$WORK/bare-x" >/dev/null
SITE_X="$WORK/site-x/$(basename "$JAR")" BARE_X="$WORK/bare-x/$(basename "$BARE_JAR")"
java $BATCH_OPTS -XX:ArchiveClassesAtExit="$WORK/export.jsa" -jar "$SITE_X" --export="$WORK/export-training" \
  >"$WORK/cds-train-export.log" 2>&1
CDS_OPTS="$BATCH_OPTS -XX:SharedArchiveFile=$WORK/export.jsa"
declare -A CDS_MS CDS_KB
for n in $SIZES; do
  for run in $(seq 1 $RUNS); do
    read -r ms kb < <(export_run "$WORK/gen$n/site" "$JAVA_OPTS" "$JAR"); OURS_MS[$n]+="$ms "; OURS_KB[$n]+="$kb "
    read -r ms kb < <(export_run "$WORK/gen$n/site" "$BATCH_OPTS" "$JAR"); BATCH_MS[$n]+="$ms "; BATCH_KB[$n]+="$kb "
    read -r ms kb < <(export_run "$WORK/gen$n/site" "$CDS_OPTS" "$SITE_X"); CDS_MS[$n]+="$ms "; CDS_KB[$n]+="$kb "
  done
done

say "== live edits: one article's body saved, until the site serves it (reload on)"
declare -A EDIT_MS
for n in $SIZES; do
  pid=$(start "$WORK/site-edit-$n.log" java $JAVA_OPTS -jar "$JAR" --server.port=$SITE_PORT \
    --site.content.location="$WORK/gen$n/site" --site.content.reload=true)
  T0=$(date +%s%N); wait_for "http://127.0.0.1:$SITE_PORT/" >/dev/null
  wait_rendered "$WORK/site-edit-$n.log"
  # A writer edits a running site, not one still building its search index and compiling on its one core.
  sleep "${SETTLE:-10}"
  file="$WORK/gen$n/site/articles/side-effects-and-risks.md"
  cp "$file" "$WORK/edit-original.md"
  for run in $(seq 1 $RUNS); do
    marker="Edited for the benchmark, run $run."
    cp "$WORK/edit-original.md" "$file"; printf '\n%s\n' "$marker" >>"$file"
    T0=$(date +%s%N)
    for _ in $(seq 1 600); do
      curl -s "http://127.0.0.1:$SITE_PORT$ARTICLE" | grep -q "$marker" && break
      sleep 0.01
    done
    EDIT_MS[$n]+="$(( ($(date +%s%N) - T0) / 1000000 )) "
    sleep 1
  done
  cp "$WORK/edit-original.md" "$file"
  stop "$pid"
done

# Start-up with a class-data archive (CDS) on the same Java 17, both apps from their extracted jars,
# each archive written by a training start that stops once the context is ready (Spring Boot's way).
say "== start-up with a class-data archive (CDS)"
java $JAVA_OPTS -XX:ArchiveClassesAtExit="$WORK/site.jsa" -Dspring.context.exit=onRefresh -jar "$SITE_X" \
  --server.port=0 >"$WORK/cds-train-site.log" 2>&1 || true
java $JAVA_OPTS -XX:ArchiveClassesAtExit="$WORK/bare.jsa" -Dspring.context.exit=onRefresh -jar "$BARE_X" \
  --server.port=0 >"$WORK/cds-train-bare.log" 2>&1 || true
declare -A CDS_STARTUP
for run in $(seq 1 $RUNS); do
  T0=$(date +%s%N); pid=$(start "$WORK/cds-bare.log" java $JAVA_OPTS -XX:SharedArchiveFile="$WORK/bare.jsa" \
    -jar "$BARE_X" --server.port=$BARE_PORT $SERVER_ARGS)
  CDS_STARTUP[bare]+="$(wait_for "http://127.0.0.1:$BARE_PORT/bare") "; stop "$pid"
  T0=$(date +%s%N); pid=$(start "$WORK/cds-site.log" java $JAVA_OPTS -XX:SharedArchiveFile="$WORK/site.jsa" \
    -jar "$SITE_X" --server.port=$SITE_PORT)
  CDS_STARTUP[site]+="$(wait_for "http://127.0.0.1:$SITE_PORT/") "; stop "$pid"
done

# Start-up with an AOT cache (JDK 25+, JEP 514/515), when such a JDK is installed: a training run
# writes the cache, later runs use it. Both apps run from their extracted jars, as the AOT cache
# needs, and get the same treatment. Never required: the site runs on Java 17.
AOT_JAVA=${AOT_JAVA:-$( (ls -d /usr/lib/jvm/*25*/bin/java /usr/lib/jvm/*-2[6-9]*/bin/java 2>/dev/null || true) | head -1)}
declare -A AOT_STARTUP
if [ -n "$AOT_JAVA" ]; then
  say "== start-up with an AOT cache ($AOT_JAVA)"
  "$AOT_JAVA" -XX:AOTCacheOutput="$WORK/site.aot" -Dspring.context.exit=onRefresh \
    -jar "$SITE_X" --server.port=0 >"$WORK/aot-train-site.log" 2>&1 || true
  "$AOT_JAVA" -XX:AOTCacheOutput="$WORK/bare.aot" -Dspring.context.exit=onRefresh \
    -jar "$BARE_X" --server.port=0 >"$WORK/aot-train-bare.log" 2>&1 || true
  # The export too: the batch flags, with a cache from one training export of the bundled content.
  "$AOT_JAVA" $BATCH_OPTS -XX:AOTCacheOutput="$WORK/export.aot" -jar "$SITE_X" \
    --export="$WORK/export-training-aot" >"$WORK/aot-train-export.log" 2>&1 || true
  declare -A AOT_EXPORT_MS AOT_EXPORT_KB
  for n in $SIZES; do
    for run in $(seq 1 $RUNS); do
      read -r ms kb < <(export_run "$WORK/gen$n/site" "$BATCH_OPTS -XX:AOTCache=$WORK/export.aot" "$SITE_X" \
        "$AOT_JAVA"); AOT_EXPORT_MS[$n]+="$ms "; AOT_EXPORT_KB[$n]+="$kb "
    done
  done
  for run in $(seq 1 $RUNS); do
    T0=$(date +%s%N); pid=$(start "$WORK/aot-bare.log" "$AOT_JAVA" $JAVA_OPTS -XX:AOTCache="$WORK/bare.aot" \
      -jar "$BARE_X" --server.port=$BARE_PORT $SERVER_ARGS)
    AOT_STARTUP[bare]+="$(wait_for "http://127.0.0.1:$BARE_PORT/bare") "; stop "$pid"
    T0=$(date +%s%N); pid=$(start "$WORK/aot-site.log" "$AOT_JAVA" $JAVA_OPTS -XX:AOTCache="$WORK/site.aot" \
      -jar "$SITE_X" --server.port=$SITE_PORT)
    AOT_STARTUP[site]+="$(wait_for "http://127.0.0.1:$SITE_PORT/") "; stop "$pid"
    T0=$(date +%s%N); pid=$(start "$WORK/noaot-site.log" "$AOT_JAVA" $JAVA_OPTS \
      -jar "$SITE_X" --server.port=$SITE_PORT)
    AOT_STARTUP[site-noaot]+="$(wait_for "http://127.0.0.1:$SITE_PORT/") "; stop "$pid"
  done
fi

say "== throughput: site vs nginx (static export) vs bare endpoint, gzip, $CONNECTIONS connections, ${DURATION}s runs"
java $JAVA_OPTS -jar "$JAR" --export="$WORK/static" >"$WORK/export-bundled.log" 2>&1
mkdir -p "$WORK/nginx"
cat >"$WORK/nginx.conf" <<EOF
worker_processes 1;
worker_cpu_affinity 01;
pid $WORK/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type text/html;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  keepalive_requests 100000;
  # What an operator sets for static files: descriptors and metadata cached, the .gz made at export.
  open_file_cache max=10000 inactive=60s;
  open_file_cache_valid 60s;
  open_file_cache_min_uses 1;
  open_file_cache_errors on;
  gzip_static on;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/static;
    # Requests name the exact file (the article's .html), so nginx does no try_files probing.
    location / { }
    error_page 404 /404.html;
  }
}
EOF
nginx -c "$WORK/nginx.conf"
SITE_PID=$(site content "$WORK/site-load.log"); PIDS+=("$SITE_PID")
BARE_PID=$(start "$WORK/bare-load.log" java $JAVA_OPTS -jar "$BARE_JAR" --server.port=$BARE_PORT $SERVER_ARGS); PIDS+=("$BARE_PID")
T0=$(date +%s%N); wait_for "http://127.0.0.1:$SITE_PORT$ARTICLE" >/dev/null; wait_for "http://127.0.0.1:$BARE_PORT/bare" >/dev/null
wait_for "http://127.0.0.1:$NGINX_PORT$ARTICLE.html" >/dev/null

etag() { curl -s -D - -o /dev/null -H 'Accept-Encoding: gzip' "$1" | awk 'tolower($1) == "etag:" { sub(/\r$/, ""); print $2 }'; }
wrk_run() { # url, extra header (optional); prints "rps p50ms p99ms non2xx errors"
  local out
  if [ -n "${2:-}" ]; then
    out=$(taskset -c $CLIENT_CPU wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H 'Accept-Encoding: gzip' -H "$2" "$1")
  else
    out=$(taskset -c $CLIENT_CPU wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H 'Accept-Encoding: gzip' "$1")
  fi
  echo "$out" >>"$WORK/wrk.log"
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /Non-2xx or 3xx/ { non = $NF }
    /Socket errors/ { gsub(/,/, ""); err = $4 + $6 + $8 + $10 }
    END { printf "%d %.3f %.3f %d %d\n", rps, p50, p99, non, err }' <<<"$out"
}

# Warm up every server, then measure alternately. The JVMs get 20 s each: with 5 s, the site's first
# measured run (2,487 req/s) came while its one core still compiled and built the search index, and the
# 60-second soak that followed ran at 18,981 req/s.
wait_rendered "$WORK/site-load.log"
for url in "http://127.0.0.1:$SITE_PORT$ARTICLE" "http://127.0.0.1:$NGINX_PORT$ARTICLE.html" "http://127.0.0.1:$BARE_PORT/bare"; do
  warm=$([ "${url#*$NGINX_PORT}" = "$url" ] && echo "${WARMUP:-20}" || echo 5)
  taskset -c $CLIENT_CPU wrk -t1 -c"$CONNECTIONS" -d"${warm}s" -H 'Accept-Encoding: gzip' "$url" >/dev/null
done
SITE_ETAG=$(etag "http://127.0.0.1:$SITE_PORT$ARTICLE"); NGINX_ETAG=$(etag "http://127.0.0.1:$NGINX_PORT$ARTICLE.html")
declare -A RPS P50 P99 BAD
for run in $(seq 1 $RUNS); do
  for target in site nginx bare site304 nginx304; do
    case $target in
      site) r=$(wrk_run "http://127.0.0.1:$SITE_PORT$ARTICLE") ;;
      nginx) r=$(wrk_run "http://127.0.0.1:$NGINX_PORT$ARTICLE.html") ;;
      bare) r=$(wrk_run "http://127.0.0.1:$BARE_PORT/bare") ;;
      site304) r=$(wrk_run "http://127.0.0.1:$SITE_PORT$ARTICLE" "If-None-Match: $SITE_ETAG") ;;
      nginx304) r=$(wrk_run "http://127.0.0.1:$NGINX_PORT$ARTICLE.html" "If-None-Match: $NGINX_ETAG") ;;
    esac
    read -r rps p50 p99 non err <<<"$r"
    RPS[$target]+="$rps "; P50[$target]+="$p50 "; P99[$target]+="$p99 "
    # A 304 is the expected answer on the revalidation runs; count only errors there.
    if [ "${target%304}" = "$target" ]; then add=$((err + non)); else add=$err; fi
    BAD[$target]=$(( ${BAD[$target]:-0} + add ))
  done
done

SOAK_LINE="(skipped: QUICK)"
if [ -z "$QUICK" ]; then
  say "== soak: ${SOAK_SECONDS}s at $SOAK_CONNECTIONS connections against the jar"
  stop "$BARE_PID"
  rss_start=$(rss_kb "$SITE_PID")
  soak=$(taskset -c $CLIENT_CPU wrk -t1 -c"$SOAK_CONNECTIONS" -d"${SOAK_SECONDS}s" --timeout 10s -H 'Accept-Encoding: gzip' \
    "http://127.0.0.1:$SITE_PORT$ARTICLE")
  echo "$soak" >>"$WORK/wrk.log"
  rss_end=$(rss_kb "$SITE_PID")
  SOAK_LINE=$(awk -v s="$rss_start" -v e="$rss_end" '
    /requests in/ { req = $1 } /Requests\/sec/ { rps = $2 }
    /Non-2xx or 3xx/ { non = $NF } /Socket errors/ { gsub(/,/, ""); err = $4 + $6 + $8 + $10 }
    END { printf "%d requests, %d req/s, errors %d, non-2xx %d, RSS start %d MB, end %d MB", req, rps, err, non + 0, s / 1024, e / 1024 }' <<<"$soak")
fi

echo
echo "== Results (median of $RUNS; servers on core $SERVER_CPU, wrk on core $CLIENT_CPU; $(java -version 2>&1 | head -1))"
echo "   (Hugo and the export write to $BUILD_OUT; $(df --output=fstype "$BUILD_OUT" | tail -1))"
figure "start-up to first page, bare app" ms ${STARTUP[bare]}
figure "start-up to first page, same starters" ms ${STARTUP[starters]}
for content in bundled $SIZES; do figure "start-up to first page, site, $content" ms ${STARTUP[$content]}; done
for content in bundled $SIZES; do figure "content load, $content" ms ${LOAD[$content]}; done
for content in bundled $SIZES; do figure "render all pages, $content" ms ${RENDER[$content]}; done
figure "live heap after load (class histogram), bare app" KB ${HEAP[bare]}
for content in bundled $SIZES; do figure "live heap after load (class histogram), site, $content" KB ${HEAP[$content]}; done
figure "RSS after load, bare app" KB ${RSS[bare]}
for content in bundled $SIZES; do figure "RSS after load, site, $content" KB ${RSS[$content]}; done
for n in $SIZES; do
  figure "export $n articles, site, wall (2 cores)" ms ${OURS_MS[$n]}
  figure "export $n articles, site, batch flags" ms ${BATCH_MS[$n]}
  figure "build $n articles, Hugo, wall (2 cores)" ms ${HUGO_MS[$n]}
  figure "peak RSS, site export, $n articles" KB ${OURS_KB[$n]}
  figure "peak RSS, site export batch flags, $n" KB ${BATCH_KB[$n]}
  figure "export $n articles, batch flags + CDS" ms ${CDS_MS[$n]}
  figure "peak RSS, export batch flags + CDS, $n" KB ${CDS_KB[$n]}
  figure "peak RSS, Hugo, $n articles" KB ${HUGO_KB[$n]}
  figure "live edit served, $n articles" ms ${EDIT_MS[$n]}
done
figure "start-up, bare app, CDS archive" ms ${CDS_STARTUP[bare]}
figure "start-up, site, CDS archive" ms ${CDS_STARTUP[site]}
if [ -n "$AOT_JAVA" ]; then
  figure "start-up, bare app, AOT cache" ms ${AOT_STARTUP[bare]}
  figure "start-up, site, AOT cache" ms ${AOT_STARTUP[site]}
  figure "start-up, site, same JDK without the cache" ms ${AOT_STARTUP[site-noaot]}
  for n in $SIZES; do
    figure "export $n articles, batch flags + AOT cache" ms ${AOT_EXPORT_MS[$n]}
    figure "peak RSS, export batch + AOT cache, $n" KB ${AOT_EXPORT_KB[$n]}
  done
fi
for t in site nginx bare site304 nginx304; do
  figure "requests/s, $t" req/s ${RPS[$t]}
  figure "p50 latency, $t" ms ${P50[$t]}
  figure "p99 latency, $t" ms ${P99[$t]}
done
echo
echo "== Targets (ratios of medians; issue 13)"
m() { median $1; }
row() { printf '%-62s %9s  target %s\n' "$1" "$2" "$3"; }
big=$(echo $SIZES | awk '{ print $NF }')
for n in $SIZES; do
  limit=$([ "$n" -ge 10000 ] && echo "<= 2" || echo "<= 4")
  row "export $n: site / Hugo wall time" "$(ratio "$(m "${OURS_MS[$n]}")" "$(m "${HUGO_MS[$n]}")")" "$limit"
  row "export $n, batch flags: site / Hugo wall time" "$(ratio "$(m "${BATCH_MS[$n]}")" "$(m "${HUGO_MS[$n]}")")" "$limit"
  row "export $n, batch flags + CDS: site / Hugo wall time" "$(ratio "$(m "${CDS_MS[$n]}")" "$(m "${HUGO_MS[$n]}")")" "$limit"
  row "export $n: site / Hugo peak RSS" "$(ratio "$(m "${OURS_KB[$n]}")" "$(m "${HUGO_KB[$n]}")")" "<= 1"
  row "export $n, batch flags: site / Hugo peak RSS" "$(ratio "$(m "${BATCH_KB[$n]}")" "$(m "${HUGO_KB[$n]}")")" "<= 1"
  row "live edit served, $n articles (ms)" "$(m "${EDIT_MS[$n]}")" "$([ "$n" -ge 10000 ] && echo "<= 2000" || echo "<= 1000")"
done
row "start-up, bundled content: site / bare app" "$(ratio "$(m "${STARTUP[bundled]}")" "$(m "${STARTUP[bare]}")")" "<= 1.3"
row "start-up, bundled content: site / same starters, no content" "$(ratio "$(m "${STARTUP[bundled]}")" "$(m "${STARTUP[starters]}")")" "(info)"
row "start-up with CDS: site / bare app (both archived)" "$(ratio "$(m "${CDS_STARTUP[site]}")" "$(m "${CDS_STARTUP[bare]}")")" "(info)"
if [ -n "$AOT_JAVA" ]; then
  row "start-up with AOT cache: site / bare app (both cached)" "$(ratio "$(m "${AOT_STARTUP[site]}")" "$(m "${AOT_STARTUP[bare]}")")" "(info)"
  for n in $SIZES; do
    row "export $n, batch flags + AOT cache (JDK 25): site / Hugo" "$(ratio "$(m "${AOT_EXPORT_MS[$n]}")" "$(m "${HUGO_MS[$n]}")")" "(info)"
  done
fi
per_article=$(awk -v a="$(m "${HEAP[$big]}")" -v b="$(m "${HEAP[bundled]}")" -v n="$big" 'BEGIN { printf "%.2f", (a - b) / n }')
row "live heap per article, $big articles (KB, over bundled)" "$per_article" "<= 20"
row "article gzip req/s: site / nginx (operator config)" "$(ratio "$(m "${RPS[site]}")" "$(m "${RPS[nginx]}")")" ">= 0.4"
row "article gzip req/s: site / bare endpoint" "$(ratio "$(m "${RPS[site]}")" "$(m "${RPS[bare]}")")" ">= 0.95"
row "304 req/s: site / nginx" "$(ratio "$(m "${RPS[site304]}")" "$(m "${RPS[nginx304]}")")" "(info)"
row "article p99: site / nginx" "$(ratio "$(m "${P99[site]}")" "$(m "${P99[nginx]}")")" "(info)"
row "bare endpoint req/s / nginx (the framework ceiling)" "$(ratio "$(m "${RPS[bare]}")" "$(m "${RPS[nginx]}")")" "(info)"
printf 'errors or unexpected statuses during measured runs: site %s, nginx %s, bare %s\n' "${BAD[site]}" "${BAD[nginx]}" "${BAD[bare]}"
echo "soak: $SOAK_LINE"
echo "page weight: article $(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$SITE_PORT$ARTICLE") bytes gzip HTML + $(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$SITE_PORT$(curl -s "http://127.0.0.1:$SITE_PORT$ARTICLE" | grep -o '/css/site-[0-9a-f]*\.css' | head -1)") bytes gzip CSS"
echo "(raw wrk output: $WORK/wrk.log)"
