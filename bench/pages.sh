#!/usr/bin/env bash
# Measures the platform's pages and API against GET /api/v1/ping (the ceiling: no database) in
# one run, with wrk from Debian. Starts the packaged app on H2 with the demo data unless
# BENCH_URL points at a running one. Prints wrk's latency distribution for each target.
#   bash bench/pages.sh            (after mvn -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; }
duration=${BENCH_DURATION:-20s}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-16}
url=${BENCH_URL:-}
if [ -z "$url" ]; then
    work=$(mktemp -d)
    port=18090
    JIEBANG_DATA_DIR="$work/data" JIEBANG_DEMO=true java -Xmx1g -jar target/jiebang.jar --port $port > "$work/app.log" 2>&1 &
    app=$!
    trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
    url=http://localhost:$port
    for _ in $(seq 1 120); do curl -sf "$url/health" >/dev/null 2>&1 && break; sleep 1; done
fi
echo "target: $url, $threads threads, $connections connections, $duration each"
for path in /api/v1/ping / /login /health; do
    curl -sf -o /dev/null "$url$path"    # warm up once
    wrk -t"$threads" -c"$connections" -d10s "$url$path" > /dev/null
    echo "== GET $path"
    wrk -t"$threads" -c"$connections" -d"$duration" --latency "$url$path" | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx|Socket errors"
done
