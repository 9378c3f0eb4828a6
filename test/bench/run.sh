#!/usr/bin/env bash
# test/bench/run.sh -- "make bench": throughput numbers, never a test.
#
# 1. the engine in C, one core (test/bench/bench_engine.c);
# 2. the SQL functions on a table of reports in a throwaway cluster, one
#    core (max_parallel_workers_per_gather = 0), against the floor
#    sum(length(body)) that only detoasts and counts characters.
# Settings: BENCH_MB (engine input, default 64), BENCH_ROWS (rows of about
# 4 KB, default 20000).
set -euo pipefail
. "$(dirname "$0")/../scripts/lib.sh"
cd "$MR_TOP"

BENCH_MB=${BENCH_MB:-64}
BENCH_ROWS=${BENCH_ROWS:-20000}
corpus=(test/fixtures/sample_report.txt)
for f in test/fixtures/reports/*.txt; do [ -e "$f" ] && corpus+=("$f"); done

bash test/scripts/deps.sh
make -s all test/bench/bin/bench_engine

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
echo
./test/bench/bin/bench_engine "$BENCH_MB" "${corpus[@]}"

WORK=$(mr_make_workdir meetreg-bench)
BIN=
cleanup() { [ -n "$BIN" ] && mr_cluster_stop "$WORK" "$BIN"; rm -rf "$WORK"; }
trap cleanup EXIT
BIN=$(mr_private_tree "$WORK")
PORT=$((50000 + RANDOM % 10000))
mr_cluster_init "$WORK" "$BIN"
mr_cluster_start "$WORK" "$BIN" "$PORT" "$MR_TEST_SERVER_OPTS -c work_mem=64MB"
export PGHOST=$WORK PGPORT=$PORT PGUSER=postgres
psql -X -q -d postgres -c "CREATE DATABASE bench"
psql -X -q -d bench -c "CREATE EXTENSION meetreg"

# Reports of about 4 KB: the corpus cut into sentences, each row a
# different order of them, cut at 2,300 characters.
cat "${corpus[@]}" | tr '\n' ' ' | sed 's/\([.!؟]\) /\1\n/g' | grep -v '^ *$' >"$WORK/sentences.txt"
chmod a+r "$WORK/sentences.txt"
psql -X -q -d bench -v rows="$BENCH_ROWS" <<SQL
CREATE TABLE sentences(i serial, s text);
\copy sentences(s) FROM '$WORK/sentences.txt'
CREATE TABLE reports AS
SELECT g AS id, substr(repeat(rot, 8), 1, 2300) AS body
FROM (SELECT g, (SELECT string_agg(s, ' ' ORDER BY (i * 7919 + g) % 1009) FROM sentences) AS rot
      FROM generate_series(1, :rows) g) r;
ALTER TABLE reports ALTER COLUMN body SET STORAGE EXTERNAL;
VACUUM ANALYZE reports;
SQL
read -r rows mb avg <<<"$(psql -X -A -t -F ' ' -d bench -c "SELECT count(*), round(sum(octet_length(body))/1e6, 1), round(avg(octet_length(body))) FROM reports")"
echo
echo "SQL, one core: $rows reports, $mb MB, $avg bytes on average"

timeit() {	# timeit LABEL SQL -> prints MB/s and ratio to the floor
	local label=$1 sql=$2 best=999999 t i
	for i in 1 2 3; do
		t=$(psql -X -A -t -d bench -c "SET max_parallel_workers_per_gather = 0" -c "\\timing on" -c "$sql" 2>&1 |
			sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n 1)
		best=$(awk -v a="$best" -v b="$t" 'BEGIN { print (b < a) ? b : a }')
	done
	printf '%s %s\n' "$label" "$best"
}
floor=$(timeit floor "SELECT sum(length(body)) FROM reports" | awk '{print $2}')
printf '  %-34s %8.1f MB/s  (%.0f ms)\n' "sum(length(body))  [floor]" "$(awk -v mb="$mb" -v ms="$floor" 'BEGIN{print mb/(ms/1000)}')" "$floor"
for q in "meetreg.normalize|SELECT sum(length(meetreg.normalize(body))) FROM reports" \
	"meetreg.stem|SELECT sum(length(meetreg.stem(body))) FROM reports" \
	"meetreg.tokens (count rows)|SELECT count(*) FROM reports, meetreg.tokens(body)"; do
	label=${q%%|*}
	ms=$(timeit x "${q#*|}" | awk '{print $2}')
	printf '  %-34s %8.1f MB/s  (%.0f ms, %.1fx the floor)\n' "$label" \
		"$(awk -v mb="$mb" -v ms="$ms" 'BEGIN{print mb/(ms/1000)}')" "$ms" \
		"$(awk -v a="$ms" -v b="$floor" 'BEGIN{print a/b}')"
done
