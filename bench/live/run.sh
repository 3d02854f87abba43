#!/usr/bin/env bash
# Live-suggestion benchmark (issue: 200 JS clients, 50 registrations a second for 60 s).
#   bench/live/run.sh inprocess   one API process on embedded defaults (SQLite, in-memory bus)
#   bench/live/run.sh rabbitmq    two API nodes and a worker over RabbitMQ and PostgreSQL
#                                 (needs both servers on localhost, as .ci/run starts them)
# Prints one JSON line with p50/p99 latency from REST response to push, and missing pushes.
# WARMUP_SECONDS=10 first runs 10 s of the same registrations, unmeasured (default 0: a cold process).
# SKIP_BUILD=1 runs what is built (build first, outside the run, so the build does not share the machine with it).
# A second line gives each server process's CPU seconds over the client's run.
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-inprocess}
# PORT=5181 (default) takes that port and, over RabbitMQ, the next one for the second node.
port=${PORT:-5181}
clients=${CLIENTS:-200} rate=${RATE:-50} seconds=${SECONDS_RUN:-60} warmup=${WARMUP_SECONDS:-0}
work=$(mktemp -d)
export MATCHING_EMAIL=admin@bench.local MATCHING_PASSWORD=Bench-Pass-1
export Matching__Bootstrap__AdminEmail=$MATCHING_EMAIL Matching__Bootstrap__AdminPassword=$MATCHING_PASSWORD
export Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production

if [ -z "${SKIP_BUILD:-}" ]; then
  dotnet build -c Release src/Matching.Api >/dev/null && dotnet build -c Release src/Matching.Worker >/dev/null
  (cd tests/live && npm ci --no-audit --no-fund >/dev/null)
fi
api_dir=src/Matching.Api/bin/Release/net10.0
worker_dir=src/Matching.Worker/bin/Release/net10.0
pids=() names=()
db=""
# The bench database goes with the run (dropdb comes with the PostgreSQL client).
trap 'kill "${pids[@]}" 2>/dev/null; sleep 3; kill -9 "${pids[@]}" 2>/dev/null; rm -rf "$work"
  [ -n "$db" ] && PGPASSWORD=postgres dropdb -h 127.0.0.1 -U postgres --if-exists "$db" 2>/dev/null' EXIT

cpu() { awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / t}' "/proc/$1/stat"; }
# Runs the client, printing the CPU seconds each server process spent meanwhile (named by $names).
measure() {
  local before=() i
  for i in "${!pids[@]}"; do before[i]=$(cpu "${pids[i]}"); done
  node tests/live/load.mjs "$@" || rc=$?
  local line="{"
  for i in "${!pids[@]}"; do line+="\"${names[i]}CpuSeconds\": $(awk -v a="${before[i]}" -v b="$(cpu "${pids[i]}")" 'BEGIN {printf "%.1f", b - a}'), "; done
  echo "${line%, }}"
  return "${rc:-0}"
}

wait_ready() { for _ in $(seq 1 120); do curl -sf "$1/health/ready" >/dev/null && return 0; sleep 0.5; done; echo "not ready: $1"; exit 1; }

if [ "$mode" = rabbitmq ]; then
  db="matching_bench_$(date +%s)"
  export Matching__Store__Provider=PostgreSql
  export Matching__Store__ConnectionString="Host=127.0.0.1;Username=postgres;Password=postgres;Database=$db"
  export Matching__Bus__Transport=RabbitMq Matching__Bus__RabbitMq__Host=localhost Matching__Worker__InProcess=false
  # Queues of its own: a test run sharing the broker would otherwise compete for its change events.
  export Matching__Bus__RabbitMq__Prefix="$db-"
  (cd "$api_dir" && exec dotnet Matching.Api.dll --urls http://127.0.0.1:$port) & pids+=($!) names+=(apiClients)
  wait_ready http://127.0.0.1:$port
  (cd "$api_dir" && exec dotnet Matching.Api.dll --urls http://127.0.0.1:$((port + 1))) & pids+=($!) names+=(apiRegistrations)
  (cd "$worker_dir" && exec dotnet Matching.Worker.dll) & pids+=($!) names+=(worker)
  wait_ready http://127.0.0.1:$((port + 1))
  sleep 3
  measure http://127.0.0.1:$port http://127.0.0.1:$((port + 1)) "$clients" "$rate" "$seconds" "$warmup"
else
  export Matching__Store__ConnectionString="Data Source=$work/bench.db"
  (cd "$api_dir" && exec dotnet Matching.Api.dll --urls http://127.0.0.1:$port) & pids+=($!) names+=(api)
  wait_ready http://127.0.0.1:$port
  measure http://127.0.0.1:$port http://127.0.0.1:$port "$clients" "$rate" "$seconds" "$warmup"
fi
