#!/usr/bin/env bash
# The challenge-search benchmark of issue 3: 100,000 published challenges in MariaDB (made by
# GenerateChallenges.java), the packaged app on them, and wrk on the search API, the filtered
# listing and the hall page, next to /api/v1/ping in the same run. Prints one RESULT line per
# target (requests/s, p50, p95, p99).
#   bash bench/search.sh        (after mvn -B package -DskipTests; needs MariaDB on 127.0.0.1:3306)
# Settings: BENCH_COUNT (100000), BENCH_DURATION (30s), BENCH_CONNECTIONS (8), BENCH_KEEP=1 to reuse the data,
# BENCH_JAVA_OPTS for the app's JVM (e.g. -XX:StartFlightRecording=filename=hall.jfr to profile).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${BENCH_COUNT:-100000}
duration=${BENCH_DURATION:-30s}
connections=${BENCH_CONNECTIONS:-8}
port=18095
db=jiebang_bench
work=target/bench-search
source bench/mariadb-app.sh

if [ "${BENCH_KEEP:-0}" != 1 ]; then
    # the app migrates the empty database, then stops; the generator fills it; the app starts again and indexes
    start_app; kill $app; wait $app 2>/dev/null || true
    started=$(date +%s)
    java -cp "$connector" bench/GenerateChallenges.java "$JIEBANG_DB_URL" $db "$password" "$count"
    echo "generated in $(( $(date +%s) - started )) s"
fi
started=$(date +%s)
start_app
echo "app up (index built) in $(( $(date +%s) - started )) s"
grep -o 'search index built: .*' "$work/app.log" || true

base=http://localhost:$port
q=$(python3 -c 'import urllib.parse;print(urllib.parse.quote("电池"))')
targets=(
  "/api/v1/ping"
  "/api/v1/challenges?q=$q"
  "/api/v1/challenges?q=battery&region=330000"
  "/api/v1/challenges?field=ENERGY_STORAGE&status=PUBLISHED&sort=budget&page=3"
  "/api/v1/challenges?minBudget=1000000&maxBudget=3000000&sort=deadline"
  "/challenge/list?q=$q"
  "/challenge/list?field=NEW_MATERIALS&sort=newest"
)
echo "wrk: 2 threads, $connections connections, $duration per target, after a 10 s warm-up"
for path in "${targets[@]}"; do
    curl -sf -o /dev/null "$base$path"
    wrk -t2 -c"$connections" -d10s "$base$path" > /dev/null
    printf '%-75s ' "$path"
    wrk -t2 -c"$connections" -d"$duration" -s bench/report.lua "$base$path" | grep RESULT
done
