#!/usr/bin/env bash
# bench-sql.sh reproduces the store/sqlstore benchmark table: the real
# Engine.Receive (BenchmarkReceive) against the floor, the same rows written
# by hand-written SQL in one transaction (BenchmarkFloor), on SQLite and on
# PostgreSQL, with the median of several runs and the Receive/floor ratio.
# BenchmarkStoreTx (the same rows through store.Tx in one InTx, no snapshot
# read, no engine) isolates the cost of the store layer; BenchmarkFloorSnapshot
# (the floor preceded by Receive's snapshot read, both hand-written) is the
# floor of Receive's design: read outside the write transaction, then write.
#
# Usage: scripts/bench-sql.sh [count] [benchtime]     (defaults: 5 2000x)
#
# Each cell is the median of the runs; BENCH_STAT=min prints the fastest run
# instead, which is steadier on a shared, noisy machine.
#
# PostgreSQL is the throwaway server of internal/pgtest (initdb and pg_ctl
# on PATH or in /usr/lib/postgresql/*/bin) or HANDOFF_TEST_POSTGRES_URL; the
# script fails rather than skip it. The throwaway server runs with
# PostgreSQL's durable defaults (HANDOFF_PGTEST_DURABLE=1, fsync and
# synchronous_commit on) unless you export HANDOFF_PGTEST_DURABLE=0 for the
# fast test settings. SQLite runs WAL, synchronous NORMAL, one writer
# connection (sqlstore.SQLiteDSN) on a file in the temp dir.
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-5}
benchtime=${2:-2000x}
export HANDOFF_REQUIRE_POSTGRES=1
export HANDOFF_PGTEST_DURABLE=${HANDOFF_PGTEST_DURABLE:-1}
stat=${BENCH_STAT:-median}
case $stat in median | min) ;; *) echo "BENCH_STAT must be median or min" >&2; exit 2 ;; esac

raw=$(mktemp)
trap 'rm -f "$raw"' EXIT
go test -run '^$' -bench '^(BenchmarkReceive|BenchmarkFloor|BenchmarkStoreTx|BenchmarkFloorSnapshot)$' -benchmem \
	-count "$count" -benchtime "$benchtime" ./store/sqlstore | tee "$raw"

echo
echo "$stat of $count runs, $benchtime each; PostgreSQL durable=$HANDOFF_PGTEST_DURABLE"
awk -v stat="$stat" '
function median(list,    n, a, i, j, t) {
	n = split(list, a, " ")
	for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
	if (stat == "min") return a[1]
	return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
/^Benchmark(Receive|Floor|StoreTx|FloorSnapshot)\// {
	name = $1; sub(/-[0-9]+$/, "", name)
	split(name, p, "/"); kind = p[1]; sub(/^Benchmark/, "", kind); key = p[2] "/" p[3]
	for (i = 2; i < NF; i++) {
		if ($(i + 1) == "ns/op") ns[kind, key] = ns[kind, key] " " $i
		if ($(i + 1) == "allocs/op") al[kind, key] = al[kind, key] " " $i
	}
	seen[key] = 1
}
END {
	printf "| %-16s | %19s | %19s | %8s | %19s | %19s | %13s | %24s |\n", "case", "floor ns/op (allocs)", "store Tx ns/op (allocs)", "Tx/floor", "floor+snapshot ns/op", "Receive ns/op (allocs)", "Receive/floor", "Receive/(floor+snapshot)"
	printf "|%s|%s|%s|%s|%s|%s|%s|%s|\n", "------------------", "----------------------", "-------------------------", "----------", "----------------------", "------------------------", "---------------", "--------------------------"
	split("sqlite/plain sqlite/handoff postgres/plain postgres/handoff", order, " ")
	for (k = 1; k <= 4; k++) {
		key = order[k]
		if (!(key in seen)) continue
		f = median(ns["Floor", key]); x = median(ns["StoreTx", key]); fs = median(ns["FloorSnapshot", key]); r = median(ns["Receive", key])
		printf "| %-16s | %11.0f (%5.0f) | %13.0f (%5.0f) | %7.2fx | %12.0f (%5.0f) | %14.0f (%5.0f) | %12.2fx | %23.2fx |\n", key,
			f, median(al["Floor", key]), x, median(al["StoreTx", key]), (f > 0 ? x / f : 0),
			fs, median(al["FloorSnapshot", key]), r, median(al["Receive", key]), (f > 0 ? r / f : 0), (fs > 0 ? r / fs : 0)
	}
}' "$raw"
