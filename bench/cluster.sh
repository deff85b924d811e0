#!/usr/bin/env bash
# Two Jiebang nodes in one Payara data grid (Hazelcast, TCP discovery on loopback) against one
# MariaDB, behind Debian's nginx (round robin, no stickiness), to show that a node can die
# (SIGKILL) without anyone noticing (issue 13):
#   1. a user logs in through nginx, and opens a form (its view state lives in the session);
#   2. the node that answered the login is killed with SIGKILL;
#   3. through nginx the user is still logged in, on the other node, and the form posts;
#   4. a challenge whose bidding closes during the run is closed once, by one node;
#   5. a page kept by the public page cache of one node shows a change made on the other.
# Prints PASS or FAIL for each, and exits non-zero on a failure.
#   mvn -B package -DskipTests && bash bench/cluster.sh        (needs MariaDB on 127.0.0.1:3306)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/jiebang.jar ] || { echo "build first: mvn -B package -DskipTests"; exit 1; }
db=jiebang_cluster
work=$PWD/target/bench-cluster
port=18110
source bench/mariadb-app.sh
source bench/two-nodes.sh
rm -rf "$work/a" "$work/b" "$work/files"
mkdir -p "$work/files"
export JIEBANG_DEMO=true JIEBANG_DEMO_MARKET=false JIEBANG_BIDDING_MIN_SECONDS=5 JIEBANG_FILES_DIR="$work/files"
failures=0
check() { if [ "$1" = 0 ]; then echo "PASS $2"; else echo "FAIL $2"; failures=$((failures + 1)); fi; }
start_two_nodes
trap stop_two_nodes EXIT
start_nginx
base=http://127.0.0.1:$port
jar="$work/cookies"
rm -f "$jar"

# 1. log in through nginx with the form, as a browser would
page=$(curl -s -c "$jar" -b "$jar" "$base/login")
state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<< "$page" | head -1 | sed 's/.*value="//;s/"$//')
nonce=$(grep -o "PrimeFaces.csp.init('[^']*')" <<< "$page" | head -1 | sed "s/.*init('//;s/')//")
served=$(curl -s -o /dev/null -D - -c "$jar" -b "$jar" "$base/login" --data-urlencode "login=login" \
    --data-urlencode "login:username=hengtai.zhao" --data-urlencode "login:password=jiebang2026" \
    --data-urlencode "login:continue=" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce" \
    | tr -d '\r' | awk -F': ' 'tolower($1)=="x-jiebang-upstream"{print $2}')
echo "the login was answered by $served"
profile=$(curl -s -c "$jar" -b "$jar" "$base/account/profile")
grep -q "赵建国" <<< "$profile"; check $? "logged in through nginx"
form_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<< "$profile" | head -1 | sed 's/.*value="//;s/"$//')
form_nonce=$(grep -o "PrimeFaces.csp.init('[^']*')" <<< "$profile" | head -1 | sed "s/.*init('//;s/')//")

# 2. kill the node that answered the login
if [ "$served" = "127.0.0.1:$port_a" ]; then victim=$pid_a; survivor=$port_b; else victim=$pid_b; survivor=$port_a; fi
kill -9 "$victim"
echo "killed the node on ${served##*:} with SIGKILL at $(date +%T)"

# 3. still logged in, on the survivor, through nginx; the form opened before the kill still posts
ok=0
for i in 1 2 3 4; do
    answer=$(curl -s -D "$work/headers" -c "$jar" -b "$jar" "$base/account/profile")
    upstream=$(tr -d '\r' < "$work/headers" | awk -F': ' 'tolower($1)=="x-jiebang-upstream"{print $2}')
    grep -q "赵建国" <<< "$answer" || ok=1
    echo "  request $i after the kill: answered by $upstream, $(grep -q '赵建国' <<< "$answer" && echo 'logged in' || echo 'NOT logged in')"
done
check $ok "still logged in after the node that held the login died"
posted=$(curl -s -o "$work/posted.html" -w '%{http_code}' -c "$jar" -b "$jar" "$base/account/profile" \
    --data-urlencode "jakarta.faces.ViewState=$form_state" --data-urlencode "primefaces.nonce=$form_nonce" \
    --data-urlencode "logoutForm=logoutForm" --data-urlencode "logoutForm:navLogout=logoutForm:navLogout")
[ "$posted" = 302 ] && ! grep -q "expired" "$work/posted.html"; check $? "a form opened on the dead node posts on the survivor (its view state was in the replicated session; got $posted)"

# 4. a deadline passing during the run is closed once, by one node
token=$(curl -s "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"hengtai.zhao","password":"jiebang2026"}' | python3 -c 'import json,sys;print(json.load(sys.stdin)["token"])')
staff=$(curl -s "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"staff.li","password":"jiebang2026"}' | python3 -c 'import json,sys;print(json.load(sys.stdin)["token"])')
deadline=$(date -u -d '+8 seconds' +%Y-%m-%dT%H:%M:%SZ)
challenge=$(python3 - "$deadline" <<'PY'
import json, sys
print(json.dumps({"title": "双节点截止测试", "summary": "截止只关闭一次", "background": "集群演练",
    "problem": "两个节点同时运行截止任务", "field": "ENERGY_STORAGE", "region": "330402", "industry": "电池制造",
    "budget": "500000.00", "deadline": sys.argv[1], "durationMonths": 12, "maxAwards": 1, "evaluation": "SINGLE",
    "ipTerms": "成果归发榜方所有", "keywords": ["截止"],
    "indicators": [{"name": "效率", "target": "≥ 90", "unit": "%", "verification": "第三方检测"}]}))
PY
)
id=$(curl -s "$base/api/v1/challenges" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$challenge" \
    | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
curl -s -o /dev/null "$base/api/v1/challenges/$id/submit" -X POST -H "Authorization: Bearer $token"
curl -s -o /dev/null "$base/api/v1/challenges/$id/approve" -X POST -H "Authorization: Bearer $staff"
curl -s -o /dev/null -w '' "http://127.0.0.1:$survivor/challenge/view?id=$id"
sleep 75
closed=$(grep -a -h -c "bidding closed on challenge $id\$" "$work"/a/app.log "$work"/b/app.log | paste -sd+ | bc)
status=$(curl -s "$base/api/v1/challenges/$id" | python3 -c 'import json,sys;print(json.load(sys.stdin)["status"])')
echo "challenge $id: $status, closed $closed time(s)"
[ "$closed" = 1 ] && [ "$status" != PUBLISHED ]; check $? "the deadline closed bidding once"

# 5. the page cache follows the other node: restart the dead node, read a page there, change it here
echo "restarting the killed node"
if [ "$victim" = "$pid_a" ]; then pid_a=$(start_node a $port_a $((port + 11))); back=$port_a; else pid_b=$(start_node b $port_b $((port + 12))); back=$port_b; fi
wait_up $back
far=$(date -u -d '+2 hours' +%Y-%m-%dT%H:%M:%SZ)
other=$(curl -s "$base/api/v1/challenges" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "${challenge/$deadline/$far}" | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
curl -s -o /dev/null "$base/api/v1/challenges/$other/submit" -X POST -H "Authorization: Bearer $token"
curl -s -o /dev/null "$base/api/v1/challenges/$other/approve" -X POST -H "Authorization: Bearer $staff"
sleep 1
curl -s -o /dev/null "http://127.0.0.1:$back/challenge/view?id=$other"
kept=$(curl -s -D - -o "$work/kept.html" "http://127.0.0.1:$back/challenge/view?id=$other" | tr -d '\r' \
    | awk -F': ' 'tolower($1)=="x-jiebang-cache"{print $2}')
grep -q "双节点缓存撤榜" "$work/kept.html" && kept="$kept (already showing the change!)"
curl -s -o /dev/null "http://127.0.0.1:$survivor/api/v1/challenges/$other/cancel" -X POST -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d '{"reason":"双节点缓存撤榜"}'
start=$(date +%s%N)
seen=1
while [ $(( ($(date +%s%N) - start) / 1000000 )) -lt 1000 ]; do
    curl -s "http://127.0.0.1:$back/challenge/view?id=$other" | grep -q "双节点缓存撤榜" && { seen=0; break; }
    sleep 0.05
done
echo "the page of challenge $other was '$kept' on the restarted node; cancelled on the other, it showed the reason there after $(( ($(date +%s%N) - start) / 1000000 )) ms"
[ "$kept" = hit ] || seen=1
check $seen "the public page cache of one node follows a change on the other within a second"
echo "$failures failure(s)"
exit $failures
