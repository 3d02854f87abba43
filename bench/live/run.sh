#!/usr/bin/env bash
# Live-suggestion benchmark (issue: 200 JS clients, 50 registrations a second for 60 s).
#   bench/live/run.sh inprocess   one API process on embedded defaults (SQLite, in-memory bus)
#   bench/live/run.sh rabbitmq    two API nodes and a worker over RabbitMQ and PostgreSQL
#                                 (needs both servers on localhost, as .ci/run starts them)
# Prints one JSON line with p50/p99 latency from REST response to push, and missing pushes.
# WARMUP_SECONDS=10 first runs 10 s of the same registrations, unmeasured (default 0: a cold process).
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-inprocess}
clients=${CLIENTS:-200} rate=${RATE:-50} seconds=${SECONDS_RUN:-60} warmup=${WARMUP_SECONDS:-0}
work=$(mktemp -d)
export MATCHING_EMAIL=admin@bench.local MATCHING_PASSWORD=Bench-Pass-1
export Matching__Bootstrap__AdminEmail=$MATCHING_EMAIL Matching__Bootstrap__AdminPassword=$MATCHING_PASSWORD
export Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production

dotnet build -c Release src/Matching.Api >/dev/null && dotnet build -c Release src/Matching.Worker >/dev/null
(cd tests/live && npm ci --no-audit --no-fund >/dev/null)
api_dir=src/Matching.Api/bin/Release/net10.0
worker_dir=src/Matching.Worker/bin/Release/net10.0
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; sleep 3; kill -9 "${pids[@]}" 2>/dev/null; rm -rf "$work"' EXIT

wait_ready() { for _ in $(seq 1 120); do curl -sf "$1/health/ready" >/dev/null && return 0; sleep 0.5; done; echo "not ready: $1"; exit 1; }

if [ "$mode" = rabbitmq ]; then
  db="matching_bench_$(date +%s)"
  export Matching__Store__Provider=PostgreSql
  export Matching__Store__ConnectionString="Host=127.0.0.1;Username=postgres;Password=postgres;Database=$db"
  export Matching__Bus__Transport=RabbitMq Matching__Bus__RabbitMq__Host=localhost Matching__Worker__InProcess=false
  (cd "$api_dir" && exec dotnet Matching.Api.dll --urls http://127.0.0.1:5181) & pids+=($!)
  wait_ready http://127.0.0.1:5181
  (cd "$api_dir" && exec dotnet Matching.Api.dll --urls http://127.0.0.1:5182) & pids+=($!)
  (cd "$worker_dir" && exec dotnet Matching.Worker.dll) & pids+=($!)
  wait_ready http://127.0.0.1:5182
  sleep 3
  node tests/live/load.mjs http://127.0.0.1:5181 http://127.0.0.1:5182 "$clients" "$rate" "$seconds" "$warmup"
else
  export Matching__Store__ConnectionString="Data Source=$work/bench.db"
  (cd "$api_dir" && exec dotnet Matching.Api.dll --urls http://127.0.0.1:5181) & pids+=($!)
  wait_ready http://127.0.0.1:5181
  node tests/live/load.mjs http://127.0.0.1:5181 http://127.0.0.1:5181 "$clients" "$rate" "$seconds" "$warmup"
fi
