#!/usr/bin/env bash
# The statistics at scale (issue 12): a market of 100,000 challenges (about a million bids and
# 50,000 contracts, every state, a year of months) written into MariaDB by the tests' generator
# (src/test/java/org/jiebang/testing/MarketData.java), then wrk on the dashboard, the summary, the
# league table, the public statistics page and the ping in one run. Prints wrk's figures
# (bench/report.lua: requests/s, p50, p95, p99) and the summary beside a direct SQL count.
#   mvn -B package -DskipTests && mvn -B -q test-compile && bash bench/dashboard.sh
# BENCH_COUNT (100000), BENCH_DURATION (20s), BENCH_CONNECTIONS (16), BENCH_KEEP=1 reuses the data.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${BENCH_COUNT:-100000}
duration=${BENCH_DURATION:-20s}
connections=${BENCH_CONNECTIONS:-16}
port=18096
db=jiebang_bench_stats
work=target/bench-dashboard
[ -f target/jiebang.jar ] && [ -d target/test-classes ] || { echo "build first: mvn -B package -DskipTests && mvn -B -q test-compile"; exit 1; }
source bench/mariadb-app.sh

if [ "${BENCH_KEEP:-0}" != 1 ]; then
    # the app migrates the empty database and stops; the generator fills it; the app starts again
    start_app; kill $app; wait $app 2>/dev/null || true
    java -cp "target/test-classes:$connector" org.jiebang.testing.MarketData \
        "$JIEBANG_DB_URL?rewriteBatchedStatements=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true" \
        $db "$password" "$count"
fi
started=$(date +%s)
start_app
echo "app up in $(( $(date +%s) - started )) s"
mariadb -h 127.0.0.1 -u root $db -e "SELECT (SELECT COUNT(*) FROM challenge) challenges, (SELECT COUNT(*) FROM bid) bids,
  (SELECT COUNT(*) FROM contract) contracts, (SELECT COUNT(*) FROM contract_milestone) milestones;"

base=http://localhost:$port
echo "summary:  $(curl -sf "$base/api/v1/stats/summary" | head -c 400)"
echo "direct:   $(mariadb -h 127.0.0.1 -u root $db -N -e "SELECT CONCAT('posted=', COUNT(*), ' bounty=', SUM(budget))
  FROM challenge WHERE published_at IS NOT NULL") $(mariadb -h 127.0.0.1 -u root $db -N -e "SELECT CONCAT('bids=', COUNT(*))
  FROM bid WHERE submitted_at IS NOT NULL") $(mariadb -h 127.0.0.1 -u root $db -N -e "SELECT CONCAT('signed=', COUNT(*))
  FROM contract WHERE signed_at IS NOT NULL")"
targets=(
  "/api/v1/ping"
  "/api/v1/stats/summary"
  "/api/v1/stats/dashboard"
  "/api/v1/stats/dashboard?from=2026-06-01&to=2026-09-30&region=330000"
  "/api/v1/stats/league"
  "/stats/view"
  "/stats/view?field=ENERGY_STORAGE"
)
echo "wrk 2 threads, $connections connections, $duration per target after a 10 s warm-up"
for path in "${targets[@]}"; do
    curl -sf -o /dev/null "$base$path"
    wrk -t2 -c"$connections" -d10s "$base$path" > /dev/null
    echo "== GET $path"
    wrk -t2 -c"$connections" -d"$duration" -s bench/report.lua "$base$path" | grep RESULT
done

# the same dashboard while the market changes: ten bids a second rewritten (each makes the facts reload its challenge)
(while :; do
    mariadb -h 127.0.0.1 -u root $db -e "UPDATE bid SET updated_at = UTC_TIMESTAMP(6) WHERE id = $(( (RANDOM * 32768 + RANDOM) % 900000 + 1 ))"
    sleep 0.1
done) &
writer=$!
trap 'kill $writer ${app:-0} 2>/dev/null || true' EXIT
for path in "/api/v1/stats/dashboard" "/api/v1/stats/summary"; do
    echo "== GET $path while 10 changes/s are written"
    wrk -t2 -c"$connections" -d"$duration" -s bench/report.lua "$base$path" | grep RESULT
done
kill $writer
