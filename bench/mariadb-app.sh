# Sourced by the benchmarks that run the packaged app on a MariaDB database of their own.
# Expects: db (database and user name), port, work (directory for the app's data and log).
# Gives: $password, JIEBANG_DB_* and JIEBANG_DATA_DIR exported, start_app (waits for /health),
# $connector (MySQL Connector/J), and a fresh database unless BENCH_KEEP=1.
command -v wrk >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; }
password=bench-$(date +%s)
mkdir -p "$work"
connector=$(find ~/.m2/repository/com/mysql/mysql-connector-j -name 'mysql-connector-j-*.jar' | head -1)
mariadb -h 127.0.0.1 -u root -e "CREATE OR REPLACE USER '$db'@'localhost' IDENTIFIED BY '$password';
  CREATE OR REPLACE USER '$db'@'127.0.0.1' IDENTIFIED BY '$password';
  GRANT ALL ON $db.* TO '$db'@'localhost'; GRANT ALL ON $db.* TO '$db'@'127.0.0.1';"
if [ "${BENCH_KEEP:-0}" != 1 ]; then
    mariadb -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    rm -rf "$work/data"
fi
export JIEBANG_DB_URL="jdbc:mysql://127.0.0.1:3306/$db" JIEBANG_DB_USER=$db JIEBANG_DB_PASSWORD=$password
export JIEBANG_DATA_DIR="$work/data"

start_app() {
    java -Xmx2g ${BENCH_JAVA_OPTS:-} -jar target/jiebang.jar --port "$port" > "$work/app.log" 2>&1 &
    app=$!
    for _ in $(seq 1 900); do curl -sf "http://localhost:$port/health" >/dev/null 2>&1 && return; sleep 1; done
    echo "the app did not start; see $work/app.log"; exit 1
}
trap 'kill ${app:-0} 2>/dev/null || true' EXIT
