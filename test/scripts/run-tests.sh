#!/usr/bin/env bash
# test/scripts/run-tests.sh -- what "make test" runs: every test of the
# project against a throwaway cluster that it starts and stops itself.
#
#   1. dependencies (test/scripts/deps.sh) and the build
#   2. build checks: warning-free with gcc and with clang (-Werror)
#   3. C unit tests of the engine (with AddressSanitizer and UBSan), and
#      the libFuzzer harnesses replaying their corpus plus deterministic runs
#   4. a private installation (make install DESTDIR=...) and a cluster run
#      by an unprivileged account
#   5. pg_regress (sql/, expected/), isolation tests (test/isolation/),
#      TAP tests (test/t/)
#
# Exits non-zero on any failure; the last line is "N passed, N failed".
# MR_KEEP=1 keeps the work directory (cluster, logs) for inspection.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
cd "$MR_TOP"

passed=0
failed=0
failures=()
count() {			# count <passed> <failed> <label>
	passed=$((passed + $1))
	failed=$((failed + $2))
	[ "$2" -eq 0 ] || failures+=("$3")
}
finish() {
	echo
	if [ ${#failures[@]} -gt 0 ]; then
		echo "failed: ${failures[*]}"
	fi
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
	exit $?
}

section() { printf '\n== %s\n' "$*"; }

section "dependencies"
if ! bash test/scripts/deps.sh; then
	count 0 1 deps
	finish
fi
echo "ok"

section "build"
if ! make -s all PG_CONFIG="$PG_CONFIG" >/tmp/meetreg-build.$$.log 2>&1; then
	cat /tmp/meetreg-build.$$.log
	count 0 1 build
	finish
fi
rm -f /tmp/meetreg-build.$$.log
echo "ok"

WORK=$(mr_make_workdir meetreg-test)
BIN=
cleanup() {
	[ -n "$BIN" ] && mr_cluster_stop "$WORK" "$BIN"
	if [ "${MR_KEEP:-0}" = 1 ]; then
		mr_log "work directory kept: $WORK"
	else
		rm -rf "$WORK"
	fi
}
trap cleanup EXIT

# ---------------------------------------------------------------------
section "build checks (-Werror)"
for cc in gcc clang; do
	if ! command -v "$cc" >/dev/null 2>&1; then
		echo "  $cc: not installed, skipped"
		continue
	fi
	d=$WORK/build-$cc
	mkdir -p "$d"
	cp -r Makefile meetreg.control src tools "$d"/
	# The server's CFLAGS are gcc's; clang gets PostgreSQL's warning set.
	# -Wno-ignored-attributes: pg_config.h of a gcc-built server declares
	# printf-like functions with gnu_printf, which clang does not know.
	extra=()
	[ "$cc" = clang ] && extra=(CFLAGS="-O2 -g -Wall -Wmissing-prototypes -Wpointer-arith -Wdeclaration-after-statement -Werror=vla -Wendif-labels -Wmissing-format-attribute -Wformat-security -fno-strict-aliasing -fwrapv -Wno-ignored-attributes")
	if make -s -C "$d" clean >/dev/null 2>&1 &&
		make -s -C "$d" all CC="$cc" HOSTCC="$cc" COPT="-Werror" PG_CONFIG="$PG_CONFIG" "${extra[@]}" >"$d/build.log" 2>&1; then
		echo "  $cc: warning-free"
		count 1 0 "build-$cc"
	else
		cat "$d/build.log"
		echo "  $cc: FAILED"
		count 0 1 "build-$cc"
	fi
done

# ---------------------------------------------------------------------
section "C unit tests (engine)"
if ! printf 'int main(void){return 0;}\n' | ${HOSTCC:-cc} -x c -fsanitize=address,undefined -o "$WORK/san" - >/dev/null 2>&1; then
	export UNIT_CFLAGS="-O1 -g"
	echo "  (sanitizers unavailable: built without them)"
fi
if make -s unit-build >"$WORK/unit-build.log" 2>&1; then
	out=$(make -s unit 2>&1)
	printf '%s\n' "$out" | grep -v '^unit totals:'
	tot=$(printf '%s\n' "$out" | sed -n 's/^unit totals: //p')
	if [ -n "$tot" ]; then
		count "${tot% *}" "${tot#* }" unit
	else
		count 0 1 unit
	fi
else
	cat "$WORK/unit-build.log"
	count 0 1 unit-build
fi

# ---------------------------------------------------------------------
section "fuzzing (corpus replay + deterministic runs)"
if command -v clang >/dev/null 2>&1; then
	out=$(FUZZ_RUNS=${FUZZ_RUNS:-10000} bash test/fuzz/run.sh 2>&1)
	printf '%s\n' "$out"
	count "$(printf '%s\n' "$out" | grep -c ': ok')" "$(printf '%s\n' "$out" | grep -c ': FAILED')" fuzz
else
	echo "  clang not installed: skipped"
fi

# ---------------------------------------------------------------------
section "throwaway cluster"
BIN=$(mr_private_tree "$WORK") || { count 0 1 install; finish; }
PORT=$((50000 + RANDOM % 10000))
mr_cluster_init "$WORK" "$BIN"
mr_cluster_start "$WORK" "$BIN" "$PORT" "$MR_TEST_SERVER_OPTS"
export PGHOST=$WORK PGPORT=$PORT PGUSER=postgres
echo "  server $("$BIN/postgres" --version | sed 's/^postgres //') on socket $WORK port $PORT, run by $(mr_server_user)"

PKGLIB=$("$PG_CONFIG" --pkglibdir)
PGXS_DIR=$(dirname "$("$PG_CONFIG" --pgxs)")/../..

# ---------------------------------------------------------------------
section "pg_regress"
regress_tests=$(make -s print-regress)
[ -n "$regress_tests" ] || regress_tests=$(ls sql/*.sql | xargs -n1 basename | sed 's/\.sql$//')
mkdir -p "$WORK/regress"
"$PGXS_DIR/src/test/regress/pg_regress" \
	--inputdir=. --outputdir="$WORK/regress" \
	--host="$PGHOST" --port="$PGPORT" --user=postgres \
	--dbname=meetreg_regress --encoding=UTF8 --no-locale \
	$regress_tests >"$WORK/regress/run.log" 2>&1
rc=$?
grep -E '^(test |ok |not ok |     )' "$WORK/regress/run.log" | sed 's/^/  /'
ok=$(grep -cE '(\.\.\. ok|^ok )' "$WORK/regress/run.log" || true)
bad=$(grep -cE '(\.\.\. FAILED|^not ok |\.\.\. failed)' "$WORK/regress/run.log" || true)
if [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ]; then
	cat "$WORK/regress/run.log"
	bad=1
fi
if [ -s "$WORK/regress/regression.diffs" ]; then
	cp "$WORK/regress/regression.diffs" ./regression.diffs
	echo "  --- regression.diffs (also in ./regression.diffs) ---"
	head -n 200 "$WORK/regress/regression.diffs"
else
	rm -f ./regression.diffs
fi
count "$ok" "$bad" pg_regress

# ---------------------------------------------------------------------
if ls test/isolation/specs/*.spec >/dev/null 2>&1; then
	section "isolation tests"
	iso_tests=$(ls test/isolation/specs/*.spec | xargs -n1 basename | sed 's/\.spec$//')
	mkdir -p "$WORK/isolation"
	"$PGXS_DIR/src/test/isolation/pg_isolation_regress" \
		--inputdir=test/isolation --outputdir="$WORK/isolation" \
		--host="$PGHOST" --port="$PGPORT" --user=postgres \
		--dbname=meetreg_isolation \
		$iso_tests >"$WORK/isolation/run.log" 2>&1
	rc=$?
	grep -E '^(test |ok |not ok |step )' "$WORK/isolation/run.log" | sed 's/^/  /'
	ok=$(grep -cE '(\.\.\. ok|^ok )' "$WORK/isolation/run.log" || true)
	bad=$(grep -cE '(\.\.\. FAILED|^not ok |\.\.\. failed)' "$WORK/isolation/run.log" || true)
	if [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ]; then
		cat "$WORK/isolation/run.log"
		bad=1
	fi
	[ -s "$WORK/isolation/regression.diffs" ] && head -n 200 "$WORK/isolation/regression.diffs"
	count "$ok" "$bad" isolation
fi

# ---------------------------------------------------------------------
if ls test/t/*.pl >/dev/null 2>&1; then
	section "TAP tests"
	export MR_BIN=$BIN MR_WORK=$WORK MR_TOP PG_CONFIG
	for t in test/t/*.pl; do
		if prove -v "$t" >"$WORK/tap-$(basename "$t").log" 2>&1; then
			printf '  %-32s ok (%s)\n' "$(basename "$t")" \
				"$(grep -cE '^ok ' "$WORK/tap-$(basename "$t").log") assertions"
			count 1 0 "$t"
		else
			sed 's/^/    /' "$WORK/tap-$(basename "$t").log" | tail -n 60
			printf '  %-32s FAILED\n' "$(basename "$t")"
			count 0 1 "$t"
		fi
	done
fi

finish
