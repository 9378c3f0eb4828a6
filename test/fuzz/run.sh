#!/usr/bin/env bash
# test/fuzz/run.sh [SECONDS] -- build the libFuzzer harnesses with clang
# (ASan + UBSan) and fuzz each for SECONDS (default 60), starting from the
# committed corpus in test/fuzz/corpus_<harness> (test/fuzz/corpus for
# fuzz_engine).  "make fuzz" runs it.
#   FUZZ_RUNS=N  instead: replay the corpus, then N deterministic runs
#                (seed 1) per harness -- what "make test" does.
set -euo pipefail
cd "$(dirname "$0")/../.."
secs=${1:-60}
command -v clang >/dev/null 2>&1 || { echo "fuzz: clang not installed" >&2; exit 1; }
make -s src/engine/mr_unitab_data.h
mkdir -p test/fuzz/bin
icu=$(pkg-config --cflags --libs icu-uc icu-i18n)
status=0
for h in test/fuzz/fuzz_*.c; do
	name=$(basename "$h" .c)
	clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
		-Isrc/engine -o "test/fuzz/bin/$name" "$h" src/engine/*.c $icu
	work=$(mktemp -d)
	# each harness has its corpus: test/fuzz/corpus_<name> (or test/fuzz/corpus)
	corpus=test/fuzz/corpus_${name#fuzz_}
	[ -d "$corpus" ] || corpus=test/fuzz/corpus
	cp "$corpus"/* "$work"/
	if [ -n "${FUZZ_RUNS:-}" ]; then
		args=(-runs="$FUZZ_RUNS" -seed=1)
	else
		args=(-max_total_time="$secs")
	fi
	if "test/fuzz/bin/$name" "${args[@]}" -max_len=4096 -print_final_stats=1 "$work" >"$work/log" 2>&1; then
		echo "  $name: ok ($(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$work/log" | grep -o '[0-9]*$') inputs)"
	else
		tail -n 40 "$work/log"
		echo "  $name: FAILED"
		status=1
	fi
	rm -rf "$work"
done
exit $status
