#!/usr/bin/env bash
# The public pages at scale (issue 13): the market of bench/dashboard.sh (100,000 challenges in
# every state, with bids, notices, contracts and outcomes, written into MariaDB by the tests'
# generator), the packaged app on it, and wrk on every anonymous public page and the JSON listing
# and detail, beside /api/v1/ping in the same run. Prints one RESULT line per target
# (bench/report.lua) and each target's requests/s as a share of ping's, with its SQL statements per
# request (the app runs with jiebang.debug.sql-count so that a cold request says how many it sent).
#   mvn -B package -DskipTests && mvn -B -q test-compile && bash bench/public.sh
# BENCH_COUNT (100000), BENCH_DURATION (20s), BENCH_CONNECTIONS (16), BENCH_KEEP=1 reuses the data,
# BENCH_PAGE_CACHE=false measures the pages without the page cache; BENCH_ONLY=regex measures only the
# targets it matches (and ping); BENCH_SESSIONS=0 skips the 200 logged-in sessions.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${BENCH_COUNT:-100000}
duration=${BENCH_DURATION:-20s}
connections=${BENCH_CONNECTIONS:-16}
port=18097
db=jiebang_bench_public
work=target/bench-public
[ -f target/jiebang.jar ] && [ -d target/test-classes ] || { echo "build first: mvn -B package -DskipTests && mvn -B -q test-compile"; exit 1; }
source bench/mariadb-app.sh
export JIEBANG_DEBUG_SQL_COUNT=true JIEBANG_PAGE_CACHE_ENABLED=${BENCH_PAGE_CACHE:-true}

if [ "${BENCH_KEEP:-0}" != 1 ]; then
    start_app; kill $app; wait $app 2>/dev/null || true
    started=$(date +%s)
    java -cp "target/test-classes:$connector" org.jiebang.testing.MarketData \
        "$JIEBANG_DB_URL?rewriteBatchedStatements=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true" \
        $db "$password" "$count"
    echo "generated in $(( $(date +%s) - started )) s"
fi
# the demo accounts (for the logged-in sessions at the end), without the demo market
export JIEBANG_DEMO=true JIEBANG_DEMO_MARKET=false
started=$(date +%s)
start_app
echo "app up in $(( $(date +%s) - started )) s"
sql() { mariadb -h 127.0.0.1 -u root $db -N -e "$1"; }
sql "SELECT CONCAT((SELECT COUNT(*) FROM challenge), ' challenges, ', (SELECT COUNT(*) FROM bid), ' bids, ',
  (SELECT COUNT(*) FROM contract), ' contracts')"
open=$(sql "SELECT MAX(id) FROM challenge WHERE status = 'PUBLISHED'")
noticed=$(sql "SELECT MAX(challenge_id) FROM award_proposal")
completed=$(sql "SELECT MAX(id) FROM challenge WHERE status = 'COMPLETED'")
q=$(python3 -c 'import urllib.parse;print(urllib.parse.quote("电池"))')
base=http://localhost:$port
targets=(
  "/api/v1/ping"
  "/"
  "/challenge/list"
  "/challenge/list?q=$q"
  "/challenge/list?page=2000"
  "/challenge/view?id=$open"
  "/notice/list"
  "/notice/view?id=$noticed"
  "/showcase/list"
  "/stats/view"
  "/trace/view?id=$completed"
  "/api/v1/challenges?size=20"
  "/api/v1/challenges?size=20&page=2000"
  "/api/v1/challenges/$open"
)
echo "wrk: 2 threads, $connections connections, $duration per target after a 10 s warm-up; page cache: $JIEBANG_PAGE_CACHE_ENABLED"
ping=
for path in "${targets[@]}"; do
    if [ -n "${BENCH_ONLY:-}" ] && [ "$path" != /api/v1/ping ] && ! grep -qE "$BENCH_ONLY" <<< "$path"; then continue; fi
    statements=$(curl -s -o /dev/null -D - "$base$path" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-jiebang-sql"{print $2}')
    wrk -t2 -c"$connections" -d10s "$base$path" > /dev/null
    result=$(wrk -t2 -c"$connections" -d"$duration" -s bench/report.lua "$base$path" | grep RESULT)
    rps=$(sed 's/.*rps=\([0-9.]*\).*/\1/' <<< "$result")
    [ -z "$ping" ] && ping=$rps
    printf '%-45s %s sql=%s share=%.2f\n' "$path" "$result" "${statements:-?}" "$(echo "$rps / $ping" | bc -l)"
done

# the live heap with this market loaded and 200 logged-in sessions (each opened a page with a form)
[ "${BENCH_SESSIONS:-200}" = 0 ] && exit 0
echo "logging in 200 sessions"
logins=()
for i in $(seq 1 200); do
    (jar="$work/session-$i"; rm -f "$jar"
     page=$(curl -s -c "$jar" -b "$jar" "$base/login")
     state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<< "$page" | head -1 | sed 's/.*value="//;s/"$//')
     nonce=$(grep -o "PrimeFaces.csp.init('[^']*')" <<< "$page" | head -1 | sed "s/.*init('//;s/')//")
     curl -s -o /dev/null -c "$jar" -b "$jar" "$base/login" --data-urlencode "login=login" \
        --data-urlencode "login:username=hengtai.zhao" --data-urlencode "login:password=jiebang2026" \
        --data-urlencode "login:continue=" --data-urlencode "login:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce"
     curl -s -o /dev/null -c "$jar" -b "$jar" "$base/account/profile") &
    logins+=($!)
    if (( i % 8 == 0 )); then wait "${logins[@]}"; logins=(); fi
done
[ ${#logins[@]} -gt 0 ] && wait "${logins[@]}" 
# everything a node keeps in memory loaded: the statistics' facts, the search index, kept pages
curl -s -o /dev/null "$base/stats/view"; curl -s -o /dev/null "$base/api/v1/stats/dashboard"
sessions=$(curl -s "$base/account/profile" -b "$work/session-200" | grep -c "赵建国" || true)
jcmd $app GC.run > /dev/null
echo "live heap after a full GC, the market loaded and 200 sessions (the last one logged in: $sessions): $(jcmd $app GC.heap_info | grep -o 'used [0-9]*K' | head -1)"
