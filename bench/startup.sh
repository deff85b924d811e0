#!/usr/bin/env bash
# Start-up (issue 13): seconds from launch to /health UP for the app (embedded H2, an empty data
# directory each time, as a new user starts it), against seconds to a first HTTP answer of an
# empty Payara Micro 6.2025.10 started with the same options, in turns, BENCH_ROUNDS (3) times.
# The app starts two ways: `java -jar target/jiebang.jar`, and `deploy/start.sh` from a root
# directory it prepared once before the rounds (a restart of a node: launcher, deployed war and
# class-data-sharing archive already there). Prints each time, the CPU seconds each took to get
# there, the medians and their ratios. Also the app's live heap after a full GC.
#   mvn -B package -DskipTests && bash bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${BENCH_ROUNDS:-3}
work=target/bench-startup
port=18120
payara=target/payara/payara-micro.jar
[ -f target/jiebang.jar ] && [ -f "$payara" ] || { echo "build first: mvn -B package -DskipTests"; exit 1; }
mkdir -p "$work"

seconds_until() { # start url pid [ok]: wall seconds, and the CPU seconds the process had used by then
    local start=$1 url=$2 pid=$3
    for _ in $(seq 1 1200); do
        if curl -s -o /dev/null "$url" 2>/dev/null && { [ "${4:-any}" = any ] || curl -sf "$url" > /dev/null 2>&1; }; then
            echo "scale=1; ($(date +%s%N) - $start) / 1000000000" | bc
            awk '{printf "%.1f\n", ($14 + $15) / 100}' "/proc/$pid/stat"; return
        fi
        kill -0 "$pid" 2>/dev/null || { echo "died"; return; }
        sleep 0.1
    done
    echo timeout
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
root="$work/prepared"
rm -rf "$root"
start=$(date +%s%N)
JIEBANG_ROOT="$root" bash deploy/start.sh --prepare
echo "deploy/start.sh --prepare (once per jar): $(echo "scale=1; ($(date +%s%N) - $start) / 1000000000" | bc) s"
empty=(); app=(); prepared=()
for r in $(seq 1 "$rounds"); do
    start=$(date +%s%N)
    java -jar "$payara" --nocluster --disablephonehome --port $port --maxhttpthreads 64 --minhttpthreads 16 \
        > "$work/empty-$r.log" 2>&1 &
    pid=$!
    mapfile -t t < <(seconds_until "$start" "http://localhost:$port/" $pid any)
    kill $pid; wait $pid 2>/dev/null || true
    empty+=("${t[0]}"); line="round $r: empty Payara Micro ${t[0]} s (CPU ${t[1]:-?} s)"

    rm -rf "$work/data"
    start=$(date +%s%N)
    JIEBANG_DATA_DIR="$work/data" java -jar target/jiebang.jar --port $port > "$work/app-$r.log" 2>&1 &
    pid=$!
    mapfile -t t < <(seconds_until "$start" "http://localhost:$port/health" $pid ok)
    if [ "$r" = "$rounds" ]; then
        sleep 5
        jcmd $pid GC.run > /dev/null
        echo "app live heap after a full GC (idle, empty database): $(jcmd $pid GC.heap_info | grep -o 'used [0-9]*K' | head -1)"
    fi
    kill $pid; wait $pid 2>/dev/null || true
    app+=("${t[0]}"); line+=", java -jar ${t[0]} s (CPU ${t[1]:-?} s)"

    rm -rf "$work/data"
    start=$(date +%s%N)
    JIEBANG_ROOT="$root" JIEBANG_DATA_DIR="$work/data" bash deploy/start.sh --port $port > "$work/prepared-$r.log" 2>&1 &
    pid=$!
    mapfile -t t < <(seconds_until "$start" "http://localhost:$port/health" $pid ok)
    kill $pid; wait $pid 2>/dev/null || true
    prepared+=("${t[0]}"); line+=", deploy/start.sh ${t[0]} s (CPU ${t[1]:-?} s)"
    echo "$line"
done
e=$(printf '%s\n' "${empty[@]}" | median); a=$(printf '%s\n' "${app[@]}" | median)
p=$(printf '%s\n' "${prepared[@]}" | median)
echo "median: empty Payara Micro $e s; java -jar $a s, ratio $(echo "scale=2; $a / $e" | bc); deploy/start.sh $p s, ratio $(echo "scale=2; $p / $e" | bc)"
