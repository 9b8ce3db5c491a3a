# Runs inside the build environment for scripts/bench --cluster (issue 17, docs/PERFORMANCE.md): three
# chatroom-server nodes on one PostgreSQL and one Valkey, all started here on loopback, against one node on
# the same PostgreSQL without a bus; the same loads on both, and a node killed under 1,500 real clients.
set -euo pipefail
top=$1 quick=$2 cpus=$3 plain=$4
server_cpu=${cpus%,*}
bench_cpu=${cpus#*,}
bin=$top/build/release
out=$top/build/bench
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
work=$(mktemp -d)
chmod 755 "$work" # PostgreSQL runs as its own user
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

server_transport=()
bench_transport=()
if [ "$plain" = 1 ]; then
    server_transport=(--no-tls)
    bench_transport=(--plain)
fi
fast_hash=(--hash-memory-kib 8 --hash-ops 1)
relaxed=(--max-connections-per-address 0 --connection-rate 0 --max-connections 0 --message-rate 0 --request-rate 0
    --auth-timeout-s 600 --max-rooms-per-user 0)

free_port() {
    local p=$1
    while (echo >/dev/tcp/127.0.0.1/"$p") 2>/dev/null; do p=$((p + 1)); done
    echo "$p"
}

# As the tests do (tests/common/serviceprocess.cpp): PostgreSQL as its own user when run as root. fsync
# stays on: messages are stored as in production.
as_postgres=()
[ "$(id -u)" = 0 ] && as_postgres=(setpriv --reuid=postgres --regid=postgres --init-groups)
pg_bin=/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -n | tail -n 1)/bin
mkdir -p "$work/pg"
[ "$(id -u)" = 0 ] && chown postgres: "$work/pg"
"${as_postgres[@]}" "$pg_bin/initdb" -D "$work/pg/data" -A trust -U chatroom -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 ||
    { cat "$work/initdb.log" >&2; exit 1; }
pg_port=$(free_port 15432)
taskset -c "$server_cpu" "${as_postgres[@]}" "$pg_bin/postgres" -D "$work/pg/data" -p "$pg_port" -k "$work/pg" \
    -c listen_addresses=127.0.0.1 -c max_connections=200 >"$work/pg.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do
    "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port" && break
    sleep 0.1
done
valkey_port=$(free_port 16379)
taskset -c "$server_cpu" valkey-server --port "$valkey_port" --bind 127.0.0.1 --save '' --appendonly no \
    --dir "$work" --daemonize no --loglevel warning >"$work/valkey.log" 2>&1 &
valkey_pid=$!
pids+=("$valkey_pid")

database_number=0
# new_database: an empty database for the next run; sets database.
new_database() {
    database_number=$((database_number + 1))
    "$pg_bin/psql" -q -h 127.0.0.1 -p "$pg_port" -U chatroom -d postgres -c "CREATE DATABASE bench$database_number" >/dev/null
    database=postgresql://chatroom@127.0.0.1:$pg_port/bench$database_number
}

nodes=() node_pids=() node_ports=()
extra_pids=() # measured with the nodes: the bus's CPU is the cluster's cost too
# start_node NAME [options...]: one node on the current database; appends to node_pids and node_ports.
start_node() {
    local name=$1
    shift
    rm -rf "${work:?}/$name"
    mkdir -p "$work/$name"
    taskset -c "$server_cpu" "$bin/server/chatroom-server" --udp-port 0 "${server_transport[@]}" --no-console \
        --data-dir "$work/$name" --database "$database" "${fast_hash[@]}" "${relaxed[@]}" "$@" \
        >"$work/$name.out" 2>"$work/$name.err" </dev/null &
    local pid=$!
    pids+=("$pid")
    for _ in $(seq 1 300); do
        if grep -q 'ready: tcp=' "$work/$name.out" 2>/dev/null; then
            node_pids+=("$pid")
            node_ports+=("$(sed -n 's/.*ready: tcp=[^ ]*:\([0-9]*\).*/\1/p' "$work/$name.out" | head -n 1)")
            nodes+=("$name")
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    echo "chatroom: error: node $name did not start:" >&2
    cat "$work/$name.err" >&2
    exit 1
}

stop_nodes() {
    for pid in "${node_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${node_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    for name in "${nodes[@]}"; do # what the bus brought and what was filled from the database
        sed -n 's/.*chat\.server\.cluster: \(room messages: .*\)/  '"$name"': \1/p' "$work/$name/server.log" | tail -n 1
    done
    nodes=() node_pids=() node_ports=()
    extra_pids=()
}

# cluster [options...]: three nodes on a new database, the bus and a shared files folder.
cluster() {
    stop_nodes
    new_database
    mkdir -p "$work/files"
    # One certificate for all, as the README says: a client that lands on another node must not be asked
    # to trust a new one.
    start_node node1 --bus "valkey://127.0.0.1:$valkey_port" --files-dir "$work/files" "$@"
    local certificate=()
    [ "$plain" = 1 ] || certificate=(--tls-cert "$work/node1/server-cert.pem" --tls-key "$work/node1/server-key.pem")
    for n in 2 3; do
        start_node "node$n" --bus "valkey://127.0.0.1:$valkey_port" --files-dir "$work/files" "${certificate[@]}" "$@"
    done
    extra_pids=("$valkey_pid")
}

# single: one node on a new database, no bus.
single() {
    stop_nodes
    new_database
    start_node single --port 0
    extra_pids=()
}

joined() { local IFS=,; echo "$*"; }

# bench NAME [chatroom-bench options...]: against the running nodes (clients spread over them in turn).
bench() {
    local name=$1
    shift
    echo
    echo "== $name"
    taskset -c "$bench_cpu" "$bin/bench/chatroom-bench" --port "$(joined "${node_ports[@]}")" \
        --server-pid "$(joined "${node_pids[@]}" "${extra_pids[@]}")" "${bench_transport[@]}" --json "$out/$name.json" "$@" ||
        echo "(scenario $name failed)"
}

json_number() {
    awk -v key="\"$2\"" '$1 == key":" { gsub(/[,]/, "", $2); print $2; exit }' "$1"
}

rm -f "$out"/cluster-*.json
if [ "$quick" = 1 ]; then
    cluster --port 0
    bench cluster-quick --clients 40 --rooms 4 --messages 3 --quiet # 4 rooms: each spans the 3 nodes
    stop_nodes
    exit 0
fi

one_room=(--clients 1500 --senders 50 --messages 4 --payload 100)
many_rooms=(--clients 1500 --rooms 200 --messages 4 --payload 100)
# 67 senders at 1/s in a room of 1,500: 100,433 deliveries a second.
paced=(--clients 1500 --senders 67 --rate 1 --duration 15 --payload 100)

for shape in one-room many-rooms paced; do
    case $shape in
    one-room) load=("${one_room[@]}") ;;
    many-rooms) load=("${many_rooms[@]}") ;;
    paced) load=("${paced[@]}") ;;
    esac
    single
    bench "cluster-$shape-single" "${load[@]}"
    cluster --port 0
    bench "cluster-$shape" "${load[@]}"
done

# A node killed under real clients (the desktop client's own connection code) that share one port
# (--reuse-port); they come back on the others. 1,500 of them load the benchmark's own core fully (each is a
# whole client stack), so 600 too: the time back without that.
for clients in 1500 600; do
    cluster --port "$(free_port 15500)" --reuse-port
    echo
    echo "== cluster-failover-$clients: SIGKILL of one of 3 nodes under $clients clients (target: back within 5 s, p99)"
    taskset -c "$bench_cpu" "$bin/bench/chatroom-failoverbench" --port "${node_ports[0]}" --clients "$clients" \
        --kill-pid "${node_pids[1]}" "${bench_transport[@]}" --json "$out/cluster-failover-$clients.json" 2>/dev/null ||
        echo "(scenario cluster-failover-$clients failed)"
    stop_nodes 2>/dev/null
done

echo
echo "== cluster: 3 nodes (+ Valkey) against 1 node, both on PostgreSQL (target: CPU per delivery <= 1.5x)"
printf '%-11s %-8s %9s %9s %5s %5s %6s %9s %9s %12s\n' shape nodes deliv/s p99-ms lost dup order cpu-s deliveries us-cpu/deliv
for shape in one-room many-rooms paced; do
    for run in single cluster; do
        result=$out/cluster-$shape.json
        [ "$run" = single ] && result=$out/cluster-$shape-single.json
        [ -f "$result" ] || continue
        printf '%-11s %-8s %9.0f %9.2f %5s %5s %6s %9.2f %9s %12.2f\n' "$shape" "$run" \
            "$(json_number "$result" deliveriesPerSecond)" "$(json_number "$result" latencyP99Ms)" \
            "$(json_number "$result" lost)" "$(json_number "$result" duplicates)" \
            "$(json_number "$result" orderMismatches)" "$(json_number "$result" serverCpuSeconds)" \
            "$(json_number "$result" delivered)" \
            "$(awk -v c="$(json_number "$result" serverCpuSeconds)" -v d="$(json_number "$result" delivered)" 'BEGIN { if (d > 0) print 1e6 * c / d; else print 0 }')"
    done
    one=$out/cluster-$shape-single.json three=$out/cluster-$shape.json
    [ -f "$one" ] && [ -f "$three" ] || continue
    awk -v s="$shape" -v c1="$(json_number "$one" serverCpuSeconds)" -v d1="$(json_number "$one" delivered)" \
        -v c3="$(json_number "$three" serverCpuSeconds)" -v d3="$(json_number "$three" delivered)" \
        'BEGIN { if (d1 > 0 && d3 > 0 && c1 > 0) printf "%-11s CPU per delivery, cluster / single: %.2fx\n", s, (c3 / d3) / (c1 / d1) }'
done
