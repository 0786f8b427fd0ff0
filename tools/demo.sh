#!/usr/bin/env bash
# `make demo`: walk through ddeploy against the local fake Datadog server.
# Starts the fake on a free port, runs what a CI job would run, and always stops the fake.
# Exits 0 only when every step ended with the exit code it should.
set -euo pipefail
cd "$(dirname "$0")/.."
exec 2>&1  # ddeploy tells its story on stderr: keep it in order with the commands shown
export PATH="$PWD/.venv/bin:$PATH"

log=$(mktemp)
server=""
stop_server() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server"
    wait "$server" 2>/dev/null || true
  fi
  rm -f "$log"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

if [ -t 1 ]; then bold=$'\033[1m' plain=$'\033[0m'; else bold="" plain=""; fi
step() { printf '\n%s## %s%s\n' "$bold" "$*" "$plain"; }
show() { printf '$ %s\n' "$*"; }
expect() {  # expect EXIT_CODE COMMAND...: run it, shown, and insist on its exit code
  local want=$1 got=0
  shift
  show "$@"
  "$@" || got=$?
  if [ "$got" -ne "$want" ]; then
    echo "demo: expected exit $want from the command above, got $got" >&2
    exit 1
  fi
}

step "Start the fake Datadog server (evaluations take 2 s; the production gate fails)"
reason='monitor "checkout-api p99 latency" is in ALERT: 1.8 s > 1.2 s for 5 min'
show ddeploy fake-server --port 0 --in-progress 2 --failing-gate "checkout-api:production=$reason" '&'
ddeploy fake-server --port 0 --in-progress 2 \
  --failing-gate "checkout-api:production=$reason" >"$log" 2>&1 &
server=$!
url=""
for _ in $(seq 100); do
  url=$(sed -n 's/^Fake Datadog API listening on //p' "$log")
  [ -n "$url" ] && break
  if ! kill -0 "$server" 2>/dev/null; then
    cat "$log" >&2
    echo "demo: the fake server did not start" >&2
    exit 1
  fi
  sleep 0.1
done
[ -n "$url" ] || { echo "demo: the fake server printed no URL within 10 s" >&2; exit 1; }
python - "$url" <<'PY'
import sys, time, urllib.error, urllib.request
for _ in range(50):  # any HTTP answer means it serves (an unknown path answers 404)
    try:
        urllib.request.urlopen(sys.argv[1] + "/ready", timeout=2)
        break
    except urllib.error.HTTPError:
        break
    except OSError:
        time.sleep(0.1)
else:
    sys.exit("demo: the fake server does not answer")
PY
echo "listening on $url"
show export DD_API_KEY=fake-api-key DD_APP_KEY=fake-app-key '  # the fake server'"'"'s keys'
export DD_API_KEY=fake-api-key DD_APP_KEY=fake-app-key
host=(--host "$url")

step "Record a deployment for the DORA metrics (in a git clone, HEAD and origin are added)"
started=$(($(date +%s) - 600))
send=(ddeploy dora send --service checkout-api --env production --version 2.4.0 --team payments
  --started-at "$started" --custom-tag department:payments "${host[@]}")
show "${send[@]}"
deployment_id=$("${send[@]}")
echo "stdout: $deployment_id"

step "Fetch it back"
expect 0 ddeploy dora get "$deployment_id" "${host[@]}"

step "Evaluate inline rules for staging: no gate has to exist beforehand; it passes"
expect 0 ddeploy gate evaluate --service checkout-api --env staging --version 2.4.0 \
  --rules examples/gate-rules.yaml --poll-interval 1 "${host[@]}"

step "Evaluate the production gate: it fails, and says why (exit 1 stops the pipeline)"
expect 1 ddeploy gate evaluate --service checkout-api --env production --version 2.4.0 \
  --poll-interval 1 "${host[@]}"

step "Trigger in one job, wait in another; --json gives scripts one document on stdout"
trigger=(ddeploy gate evaluate --service checkout-api --env staging --rules examples/gate-rules.yaml
  --no-wait --quiet "${host[@]}")
show "${trigger[@]}"
evaluation_id=$("${trigger[@]}")
echo "stdout: $evaluation_id"
expect 0 ddeploy gate wait "$evaluation_id" --poll-interval 1 --json --quiet "${host[@]}"

step "A team that prefers to fail open: no verdict within --timeout still exits 0, and says so"
expect 0 ddeploy gate evaluate --service checkout-api --env production --timeout 1.5 \
  --poll-interval 1 --on-timeout pass "${host[@]}"

step "Gates as code: write the gates to a file, then check Datadog still matches it"
show ddeploy gates export "${host[@]}" '> gates.yaml'
gates_file=$(mktemp "${TMPDIR:-/tmp}/ddeploy-demo-gates.XXXXXX.yaml")
ddeploy gates export --quiet "${host[@]}" > "$gates_file"
cat "$gates_file"
expect 0 ddeploy gates plan -f "$gates_file" "${host[@]}"
rm -f "$gates_file"

step "A rollback job marks the deployment as a change failure"
expect 0 ddeploy dora mark-failed "$deployment_id" --remediation rollback \
  --remediation-version 2.3.9 "${host[@]}"

step "Done: every step ended with the exit code it should. Stopping the fake server."
