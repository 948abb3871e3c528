# Starting and stopping a built Leadline jar for scripts (end-to-end tests, API type generation).

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# start_app DATA_DIR PORT LOG: starts the jar in the background, sets APP_PID, waits for health UP.
start_app() {
  local data_dir="$1" port="$2" log="$3"
  # Other LEADLINE_* settings reach the app through the caller's exported environment.
  # Its own management port (metrics), so that apps started side by side do not share 8081.
  LEADLINE_DATA_DIR="$data_dir" SERVER_PORT="$port" LEADLINE_MANAGEMENT_PORT="${LEADLINE_MANAGEMENT_PORT:-$(free_port)}" java -jar "$root/api/target/leadline.jar" >"$log" 2>&1 &
  APP_PID=$!
  local deadline=$((SECONDS + 180))
  until curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "Leadline exited during start-up; its log ($log) ends with:" >&2
      tail -40 "$log" >&2
      return 1
    fi
    if ((SECONDS > deadline)); then
      echo "Leadline did not become ready within 180 s; see $log" >&2
      return 1
    fi
    sleep 1
  done
}

# stop_app: SIGTERM, as a service manager would, and wait for a clean exit.
stop_app() {
  if [[ -n "${APP_PID:-}" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}

# fetch_openapi PORT FILE: the running app's OpenAPI document, pretty-printed the way it is committed.
fetch_openapi() {
  curl -sf "http://localhost:$1/v3/api-docs" |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.stringify(JSON.parse(s),null,2)+"\n"))' >"$2"
}
