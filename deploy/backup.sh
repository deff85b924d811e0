#!/usr/bin/env bash
# Nightly backup of Jiebang: a consistent MySQL/MariaDB dump and the data directory (uploads,
# search index). Keeps 14 days. Run from cron as a user that can read both, e.g.
#   30 2 * * *  /opt/jiebang/backup.sh /var/backups/jiebang
set -euo pipefail
target=${1:?usage: backup.sh TARGET_DIR}
set -a; . /etc/jiebang/jiebang.env; set +a
stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$target"
db=$(echo "$JIEBANG_DB_URL" | sed -E 's#^jdbc:mysql://[^/]+/([^?]+).*#\1#')
hostport=$(echo "$JIEBANG_DB_URL" | sed -E 's#^jdbc:mysql://([^/]+)/.*#\1#')
host=${hostport%%:*}; port=${hostport##*:}; [ "$port" = "$host" ] && port=3306
MYSQL_PWD="$JIEBANG_DB_PASSWORD" mysqldump --single-transaction --routines --default-character-set=utf8mb4 \
    -h "$host" -P "$port" -u "$JIEBANG_DB_USER" "$db" | gzip > "$target/jiebang-db-$stamp.sql.gz"
# (not ./micro: deploy/start.sh's prepared root directory, when it lives there, is rebuilt from the jar)
tar -C "$JIEBANG_DATA_DIR" --exclude=./micro -czf "$target/jiebang-data-$stamp.tar.gz" .
find "$target" -name 'jiebang-*' -mtime +14 -delete
echo "backup written: $target/jiebang-{db,data}-$stamp"
