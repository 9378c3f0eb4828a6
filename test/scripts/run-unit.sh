#!/usr/bin/env bash
# test/scripts/run-unit.sh BIN... -- run the engine's C unit test binaries.
# Each binary prints "<name>: <n> ok, <m> failed, <k> checks" as its last
# line.  This script prints one line per binary and, last, the totals as
# "unit totals: <passed> <failed>" for run-tests.sh.
set -uo pipefail
passed=0
failed=0
for bin in "$@"; do
	out=$("$bin" 2>&1)
	rc=$?
	line=$(printf '%s\n' "$out" | tail -n 1)
	ok=$(printf '%s\n' "$line" | sed -n 's/.*: \([0-9][0-9]*\) ok, \([0-9][0-9]*\) failed.*/\1/p')
	bad=$(printf '%s\n' "$line" | sed -n 's/.*: \([0-9][0-9]*\) ok, \([0-9][0-9]*\) failed.*/\2/p')
	if [ -z "$ok" ]; then
		# crashed or printed no summary: count the binary as one failure
		printf '%s\n' "$out" | tail -n 40
		printf '  %-28s CRASHED (exit %s)\n' "$(basename "$bin")" "$rc"
		failed=$((failed + 1))
		continue
	fi
	if [ "$rc" -ne 0 ] || [ "$bad" -ne 0 ]; then
		printf '%s\n' "$out" | grep -v '^#' | tail -n 60
		[ "$bad" -eq 0 ] && bad=1
	fi
	printf '  %-28s %s\n' "$(basename "$bin")" "${line#*: }"
	passed=$((passed + ok))
	failed=$((failed + bad))
done
echo "unit totals: $passed $failed"
