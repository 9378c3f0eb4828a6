#!/usr/bin/env bash
# test/bench/run.sh -- "make bench": throughput numbers, never a test.
#
#   engine  the text engine in C, one core (test/bench/bench_engine.c)
#   tag     meetreg.tag() on generated reports of 3-5 KB against what a
#           user would write without meetreg (one case-insensitive regular
#           expression per concern; to_tsvector('arabic') @@ one tsquery
#           per concern) and against the floor sum(length(body)); one core
#   agg     meetreg.concern_counts() GROUP BY month on generated meetings
#           against count(*) with the same GROUP BY and against tags kept
#           as text[] with unnest and GROUP BY (parallel query allowed)
#
# Settings (environment): BENCH=engine,tag,agg (sections to run),
# BENCH_MB (engine input, 64), BENCH_REPORTS (100000), BENCH_SAMPLE (rows
# on which the slow baselines run, 5000), BENCH_MEETINGS (10000000).
set -euo pipefail
. "$(dirname "$0")/../scripts/lib.sh"
cd "$MR_TOP"

BENCH=${BENCH:-engine,tag,agg}
BENCH_MB=${BENCH_MB:-64}
BENCH_REPORTS=${BENCH_REPORTS:-100000}
BENCH_SAMPLE=${BENCH_SAMPLE:-5000}
BENCH_MEETINGS=${BENCH_MEETINGS:-10000000}
want() { [[ ",$BENCH," == *",$1,"* ]]; }

bash test/scripts/deps.sh
make -s all test/bench/bin/bench_engine test/bench/bin/genreports

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(free -g | awk '/Mem:/{print $2}') GB"
echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), meetreg $(sed -n "s/^default_version = '\(.*\)'/\1/p" meetreg.control)"

if want engine; then
	corpus=(test/fixtures/sample_report.txt)
	for f in test/fixtures/reports/*.txt; do [ -e "$f" ] && corpus+=("$f"); done
	echo
	./test/bench/bin/bench_engine "$BENCH_MB" "${corpus[@]}"
fi

if ! want tag && ! want agg; then
	exit 0
fi

WORK=$(mr_make_workdir meetreg-bench)
BIN=
cleanup() { [ -n "$BIN" ] && mr_cluster_stop "$WORK" "$BIN"; rm -rf "$WORK"; }
trap cleanup EXIT
BIN=$(mr_private_tree "$WORK")
PORT=$((50000 + RANDOM % 10000))
mr_cluster_init "$WORK" "$BIN"
mr_cluster_start "$WORK" "$BIN" "$PORT" "-c listen_addresses= -c fsync=off -c synchronous_commit=off \
-c full_page_writes=off -c shared_buffers=2GB -c work_mem=256MB -c maintenance_work_mem=1GB \
-c max_wal_size=8GB -c max_worker_processes=8 -c max_parallel_workers=2 \
-c max_parallel_workers_per_gather=2 -c lc_messages=C -c jit=off"
export PGHOST=$WORK PGPORT=$PORT PGUSER=postgres
psql -X -q -d postgres -c "CREATE DATABASE bench ENCODING 'UTF8' TEMPLATE template0"
psql -X -q -d bench -c "CREATE EXTENSION meetreg"

# best of three runs of a query, in milliseconds
best_ms() {
	local sql=$1 settings=${2:-} best=999999999 t i
	for i in 1 2 3; do
		t=$(psql -X -A -t -d bench -c "$settings" -c '\timing on' -c "$sql" 2>&1 |
			sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n 1)
		[ -n "$t" ] || { echo "query failed: $sql" >&2; exit 1; }
		best=$(awk -v a="$best" -v b="$t" 'BEGIN { print (b < a) ? b : a }')
	done
	echo "$best"
}
mbs() { awk -v mb="$1" -v ms="$2" 'BEGIN { printf "%.1f", mb / (ms / 1000) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

if want tag; then
	echo
	echo "== tagging: $BENCH_REPORTS generated reports of 3-5 KB (test/bench/genreports.c), one core"
	./test/bench/bin/genreports --count "$BENCH_REPORTS" --min-bytes 3000 --max-bytes 5000 --seed 11 \
		--templates test/bench/templates.tsv --places data/places.tsv | cut -f1,6 >"$WORK/reports.tsv"
	chmod a+r "$WORK/reports.tsv"
	psql -X -q -d bench -v ON_ERROR_STOP=1 <<SQL
CREATE TABLE reports (id int PRIMARY KEY, body text NOT NULL);
\\copy reports FROM '$WORK/reports.tsv'
CREATE TABLE sample AS SELECT * FROM reports WHERE id <= $BENCH_SAMPLE;
VACUUM ANALYZE reports, sample;
-- the regular expressions a user would write: for each concern, the
-- lexicon's terms as one case-insensitive alternation ("*" gaps as up to
-- four words)
CREATE TABLE concern_regex AS
SELECT concern AS code,
       '(' || string_agg(replace(regexp_replace(term, '([.^\$*+?()\\[\\]{}|\\\\])', '\\\\\\1', 'g'),
                                 ' \\* ', '\\s+(\\S+\\s+){0,4}'), '|') || ')' AS re
FROM meetreg.concern_terms WHERE kind = 'term' AND enabled GROUP BY concern;
-- and the full-text search a user would write: one tsquery per concern,
-- the OR of each term as a phrase, with PostgreSQL's Arabic configuration
CREATE TABLE concern_tsq AS
SELECT concern AS code,
       string_agg('(' || q::text || ')', ' | ')::tsquery AS q
FROM (SELECT concern, phraseto_tsquery('arabic', replace(term, ' * ', ' ')) AS q
      FROM meetreg.concern_terms WHERE kind = 'term' AND enabled) t
WHERE numnode(q) > 0 GROUP BY concern;
SQL
	read -r rows mb <<<"$(psql -X -A -t -F ' ' -d bench -c "SELECT count(*), round(sum(octet_length(body))/1e6, 1) FROM reports")"
	read -r srows smb <<<"$(psql -X -A -t -F ' ' -d bench -c "SELECT count(*), round(sum(octet_length(body))/1e6, 1) FROM sample")"
	one="SET max_parallel_workers_per_gather = 0"
	floor=$(best_ms "SELECT sum(length(body)) FROM reports" "$one")
	tag=$(best_ms "SELECT sum(meetreg.cardinality(meetreg.tag(body))) FROM reports" "$one")
	sfloor=$(best_ms "SELECT sum(length(body)) FROM sample" "$one")
	stag=$(best_ms "SELECT sum(meetreg.cardinality(meetreg.tag(body))) FROM sample" "$one")
	regex=$(best_ms "SELECT sum((SELECT count(*) FROM concern_regex r WHERE s.body ~* r.re)) FROM sample s" "$one")
	tsv=$(best_ms "SELECT sum((SELECT count(*) FROM concern_tsq q WHERE v @@ q.q)) FROM (SELECT to_tsvector('arabic', body) AS v FROM sample) s" "$one")
	printf '  all %s reports (%s MB):\n' "$rows" "$mb"
	printf '    %-46s %8.0f ms  %7s MB/s\n' "sum(length(body))  [floor]" "$floor" "$(mbs "$mb" "$floor")"
	printf '    %-46s %8.0f ms  %7s MB/s  %sx the floor\n' "meetreg.tag(body)" "$tag" "$(mbs "$mb" "$tag")" "$(ratio "$tag" "$floor")"
	printf '  first %s reports (%s MB), for the slow baselines:\n' "$srows" "$smb"
	printf '    %-46s %8.0f ms  %7s MB/s\n' "sum(length(body))  [floor]" "$sfloor" "$(mbs "$smb" "$sfloor")"
	printf '    %-46s %8.0f ms  %7s MB/s  %sx the floor\n' "meetreg.tag(body)" "$stag" "$(mbs "$smb" "$stag")" "$(ratio "$stag" "$sfloor")"
	printf '    %-46s %8.0f ms  %7s MB/s  meetreg.tag is %sx faster\n' "21 x (body ~* alternation of the terms)" "$regex" "$(mbs "$smb" "$regex")" "$(ratio "$regex" "$stag")"
	printf '    %-46s %8.0f ms  %7s MB/s  meetreg.tag is %sx faster\n' "to_tsvector('arabic', body) @@ 21 tsqueries" "$tsv" "$(mbs "$smb" "$tsv")" "$(ratio "$tsv" "$stag")"
fi

if want agg; then
	echo
	echo "== aggregation: $BENCH_MEETINGS meetings, GROUP BY month (parallel query, 2 workers)"
	psql -X -q -d bench -v ON_ERROR_STOP=1 <<SQL
-- 4,096 concern sets drawn like tagged reports (0 to 7 concerns, common
-- ones more often), then one per meeting
CREATE TABLE sets AS
SELECT i, (SELECT coalesce(array_agg(c.code ORDER BY c.id), '{}')
           FROM meetreg.concerns c
           WHERE c.id <= 21 AND abs(hashint4(i * 31 + c.id)) % 100 < (ARRAY[45,40,20,10,12,10,15,10,15,30,12,15,15,25,18,15,35,12,20,30,8])[c.id]
          )::meetreg.concern_set AS cs
FROM generate_series(0, 4095) i;
CREATE UNLOGGED TABLE bench_meetings AS
SELECT g AS id, date '2014-01-01' + (g % 4018)::int AS held_on, s.cs AS concerns, s.cs::text[] AS tags
FROM generate_series(1, $BENCH_MEETINGS) g JOIN sets s ON s.i = abs(hashint8(g)) % 4096;
VACUUM ANALYZE bench_meetings;
SQL
	read -r n mb avg <<<"$(psql -X -A -t -F ' ' -d bench -c "SELECT count(*), round(pg_relation_size('bench_meetings')/1e6), round(avg(meetreg.cardinality(concerns)), 2) FROM bench_meetings")"
	printf '  %s meetings, %s MB table, %s concerns per meeting on average\n' "$n" "$mb" "$avg"
	cnt=$(best_ms "SELECT date_trunc('month', held_on) AS m, count(*) FROM bench_meetings GROUP BY 1")
	agg=$(best_ms "SELECT date_trunc('month', held_on) AS m, meetreg.concern_counts(concerns) FROM bench_meetings GROUP BY 1")
	base=$(best_ms "SELECT date_trunc('month', held_on) AS m, t, count(*) FROM bench_meetings, unnest(tags) AS t GROUP BY 1, 2")
	printf '    %-62s %8.0f ms\n' "count(*) ... GROUP BY month" "$cnt"
	printf '    %-62s %8.0f ms  %sx count(*)\n' "meetreg.concern_counts(concerns) ... GROUP BY month" "$agg" "$(ratio "$agg" "$cnt")"
	printf '    %-62s %8.0f ms  concern_counts is %sx faster\n' "text[] tags: unnest(tags), count(*) ... GROUP BY month, tag" "$base" "$(ratio "$base" "$agg")"
fi
