# Sourced by the benchmarks that run two nodes: two Jiebang nodes in one Payara data grid
# (Hazelcast, TCP discovery on loopback; --nohostaware, or the two members on one address would keep
# no backups of each other's sessions) on the database of $JIEBANG_DB_*, and Debian's nginx in
# front of them (round robin, no stickiness; a node that does not answer is skipped).
# Expects: $work (directory), $port (nginx's port). Gives: start_node NAME HTTP_PORT HZ_PORT (prints
# the pid), wait_up HTTP_PORT, start_two_nodes (sets $pid_a, $pid_b; nodes on $port+1, $port+2),
# start_nginx, stop_two_nodes.
command -v nginx >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light; }
port_a=$((port + 1))
port_b=$((port + 2))
members=127.0.0.1:$((port + 11)),127.0.0.1:$((port + 12))

start_node() {
    mkdir -p "$work/$1"
    # the war on Payara Micro itself: target/jiebang.jar is baked with --nocluster, which a command line cannot undo
    JIEBANG_DATA_DIR="$work/$1" java -Xmx768m ${BENCH_JAVA_OPTS:-} -jar target/payara/payara-micro.jar \
        --deploy target/ROOT.war --disablephonehome --minhttpthreads 16 --maxhttpthreads 64 --port "$2" --name "$1" \
        --clustermode "tcpip:$members" --startport "$3" --interfaces 127.0.0.1 --clustername jiebang-bench \
        --nohostaware > "$work/$1/app.log" 2>&1 &
    echo $!
}

wait_up() {
    for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$1/health" > /dev/null && return; sleep 1; done
    echo "the node on port $1 did not start"; exit 1
}

start_two_nodes() {
    pid_a=$(start_node a $port_a $((port + 11)))
    wait_up $port_a
    pid_b=$(start_node b $port_b $((port + 12)))
    wait_up $port_b
    grep -a -h -o "Members {size:[0-9]*" "$work"/b/app.log | tail -1 | sed 's/^/data grid: /' || true
}

start_nginx() {
    mkdir -p "$work/nginx"
    cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    upstream jiebang {
        server 127.0.0.1:$port_a max_fails=1 fail_timeout=10s;
        server 127.0.0.1:$port_b max_fails=1 fail_timeout=10s;
        keepalive 64;
    }
    server {
        listen 127.0.0.1:$port;
        client_max_body_size 25m;
        location / {
            proxy_pass http://jiebang;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host:\$server_port;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_next_upstream error timeout http_502 http_503;
            proxy_connect_timeout 2s;
            add_header X-Jiebang-Upstream \$upstream_addr always;
        }
    }
}
CONF
    nginx -c "$work/nginx/nginx.conf"
}

stop_two_nodes() {
    kill -9 ${pid_a:-0} ${pid_b:-0} 2>/dev/null || true
    [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
}
