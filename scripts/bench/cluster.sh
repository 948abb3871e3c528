# Sourced by scripts/bench/import and scripts/bench/browse for --cluster: the benchmark's Leadline is a cluster
# started by scripts/cluster (PostgreSQL 18 standalone, S3Proxy, api-1 and api-2 behind Caddy, worker-1 and
# worker-2) instead of one process with its embedded database. Requests go through Caddy, as a user's would.
#
# cluster_start RUN PORT: starts (or restarts) scripts/cluster on RUN/cluster with Caddy on PORT and waits until
# it printed its summary. Sets base (Caddy), pg_url (the superuser, as for the embedded database), postmaster,
# API_PIDS, WORKER_PIDS, WORKER_MANAGEMENT_PORTS and CLUSTER_PID.
# The caller's heap (-Xmx$heap) and BENCH_JAVA_OPTS go to every Leadline process; other LEADLINE_* settings
# exported by the caller reach every process too. The admin's password is $password.
# cluster_stop: stops it (scripts/cluster stop), databases last.

CLUSTER_PID=""
CLUSTER_DIR=""

cluster_start() {
  local run="$1" port="$2"
  CLUSTER_DIR="$run/cluster"
  local out="$run/cluster.out"
  local lines_before=0
  [[ -f "$out" ]] && lines_before=$(wc -l <"$out")
  log "starting a cluster (2 API processes, 2 workers, -Xmx$heap each) with Caddy on port $port, state in $CLUSTER_DIR"
  # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
  env -u LEADLINE_DB_URL -u LEADLINE_DB_USER -u LEADLINE_DB_PASSWORD LEADLINE_ADMIN_PASSWORD="$password" \
    LEADLINE_HOUSEKEEPING_ENABLED=false JAVA_OPTS="-Xmx$heap ${BENCH_JAVA_OPTS:-}" \
    setsid "$root/scripts/cluster" --dir "$CLUSTER_DIR" --port "$port" >>"$out" 2>&1 </dev/null &
  CLUSTER_PID=$!
  local deadline=$((SECONDS + 900))
  until tail -n +"$((lines_before + 1))" "$out" | grep -q '^state:'; do
    if ! kill -0 "$CLUSTER_PID" 2>/dev/null; then
      echo "bench: scripts/cluster exited during start-up; its output ends with:" >&2
      tail -30 "$out" >&2
      exit 1
    fi
    ((SECONDS < deadline)) || { echo "bench: the cluster was not up within 900 s; see $out" >&2; keep=true; exit 1; }
    sleep 1
  done
  base="http://localhost:$port"
  local state="$CLUSTER_DIR/cluster.state"
  pg_port="$(awk '$1 == "postgres" { print $4 }' "$state")"
  # The standalone server, like the embedded one: superuser postgres, trust authentication on localhost.
  pg_url="jdbc:postgresql://localhost:$pg_port/leadline"
  postmaster="$(head -1 "$CLUSTER_DIR/db/pgdata/postmaster.pid")"
  read -r -a API_PIDS <<<"$(awk '$2 == "api" { printf "%s ", $3 }' "$state")"
  read -r -a WORKER_PIDS <<<"$(awk '$2 == "worker" { printf "%s ", $3 }' "$state")"
  read -r -a WORKER_MANAGEMENT_PORTS <<<"$(awk '$2 == "worker" { printf "%s ", $5 }' "$state")"
  tail -n +"$((lines_before + 1))" "$out" | sed -n '/^process /,/^state:/p' | sed 's/^/  /' >&2
}

cluster_stop() {
  [[ -n "$CLUSTER_DIR" && -n "$CLUSTER_PID" ]] || return 0
  "$root/scripts/cluster" stop --dir "$CLUSTER_DIR" >/dev/null 2>&1 || true
  wait "$CLUSTER_PID" 2>/dev/null || true
  CLUSTER_PID=""
}
