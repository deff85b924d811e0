#!/usr/bin/env bash
# The deadline burst of issue 4: the packaged app on a fresh MariaDB database; N research teams
# (default 200) submit or resubmit bids to one challenge within the last 10 s before its deadline
# (bench/DeadlineBurst.java), then the opened bids are checked against every acknowledgement.
#   bash bench/burst.sh        (after mvn -B package -DskipTests; needs MariaDB on 127.0.0.1:3306)
# Settings: BURST_TEAMS (200); BURST_NODES=2 runs two clustered nodes behind nginx (bench/two-nodes.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
teams=${BURST_TEAMS:-200}
port=18096
db=jiebang_burst
password=burst-$(date +%s)
work=target/bench-burst
rm -rf "$work"; mkdir -p "$work"
m2=~/.m2/repository
cp="target/classes:$(find $m2/jakarta/json/jakarta.json-api -name '*.jar' | sort | tail -1):$(find $m2/org/eclipse/parsson/parsson -name 'parsson-*.jar' | sort | tail -1)"

mariadb -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE OR REPLACE USER '$db'@'localhost' IDENTIFIED BY '$password'; CREATE OR REPLACE USER '$db'@'127.0.0.1' IDENTIFIED BY '$password';
  GRANT ALL ON $db.* TO '$db'@'localhost'; GRANT ALL ON $db.* TO '$db'@'127.0.0.1';"
export JIEBANG_DB_URL="jdbc:mysql://127.0.0.1:3306/$db" JIEBANG_DB_USER=$db JIEBANG_DB_PASSWORD=$password \
    JIEBANG_DEMO=true JIEBANG_BIDDING_MIN_SECONDS=1
if [ "${BURST_NODES:-1}" = 2 ]; then
    # two nodes in one data grid behind nginx (bench/two-nodes.sh): the burst is spread over both
    work=$PWD/$work
    port=18130
    source bench/two-nodes.sh
    start_two_nodes
    trap stop_two_nodes EXIT
    start_nginx
else
    JIEBANG_DATA_DIR="$work/data" java -Xmx1g -jar target/jiebang.jar --port $port > "$work/app.log" 2>&1 &
    app=$!
    trap 'kill $app 2>/dev/null || true' EXIT
    for _ in $(seq 1 300); do curl -sf "http://localhost:$port/health" >/dev/null 2>&1 && break; sleep 1; done
fi
command -v wrk >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; }
printf 'ping before the burst: '
wrk -t2 -c16 -d10s -s bench/report.lua "http://127.0.0.1:$port/api/v1/ping" | grep RESULT
java -cp "$cp" bench/DeadlineBurst.java "http://127.0.0.1:$port" "$teams"
