# meetreg -- PostgreSQL extension (PGXS build)
#
#   make demo        install what is missing, build, start a demo cluster
#   make test        every test (unit, pg_regress, isolation, TAP) on a
#                    throwaway cluster; last line "N passed, N failed"
#   make             build the extension (needs the server headers)
#   make install     install it into the server that pg_config names
#   make bench       benchmarks (print numbers, never gate anything)
#
# PG_CONFIG may be overridden: make PG_CONFIG=/usr/lib/postgresql/16/bin/pg_config

EXTENSION    = meetreg
MODULE_big   = meetreg
EXTVERSION   = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" meetreg.control)

ENGINE_SRCS  = $(sort $(wildcard src/engine/*.c))
ENGINE_HDRS  = $(wildcard src/engine/*.h)
GLUE_SRCS    = $(sort $(wildcard src/pg/*.c))
OBJS         = $(ENGINE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)
DATA         = $(sort $(wildcard meetreg--*.sql))

# pg_regress inputs, one file per feature, run in this order
REGRESS      = setup normalize tokens stem engine_hard_input encoding \
               concern_set gin registry tagger meetings \
               concern_hist concern_trend places bi_views \
               dates extract extract_fixtures ingest upgrade catalog
REGRESS_OPTS = --inputdir=. --encoding=UTF8 --no-locale

PG_CONFIG   ?= pg_config
ICU_CFLAGS  := $(shell pkg-config --cflags icu-uc icu-i18n 2>/dev/null)
ICU_LIBS    := $(shell pkg-config --libs icu-uc icu-i18n 2>/dev/null)

PG_CPPFLAGS  = -Isrc/engine -Isrc/pg $(ICU_CFLAGS)
PG_CFLAGS    = -Wextra -Wno-unused-parameter -Wno-sign-compare \
               -Wno-missing-field-initializers
SHLIB_LINK   = $(ICU_LIBS)

# No LLVM bitcode: nothing here gains from JIT inlining, and it halves
# the build time.
override with_llvm = no

EXTRA_CLEAN  = src/engine/mr_unitab_data.h tools/gen_unitab tools/mrtool \
               test/unit/bin test/fuzz/bin test/bench/bin results \
               regression.diffs regression.out test/isolation/output_iso

PGXS        := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
PG_INCSRV   := $(shell $(PG_CONFIG) --includedir-server 2>/dev/null)
HAVE_PGXS   := $(and $(PGXS),$(wildcard $(PGXS)),$(wildcard $(PG_INCSRV)/postgres.h))

ifneq ($(HAVE_PGXS),)
include $(PGXS)
else
# Without the server headers only the targets below work; "make demo" and
# "make test" install the headers first (see test/scripts/deps.sh).
all install:
	@echo "meetreg: PostgreSQL server headers not found (pg_config: $(PG_CONFIG))." >&2
	@echo "Run 'make demo' or 'make test' (they install what is missing), or: bash test/scripts/deps.sh" >&2
	@exit 1
clean:
	rm -rf $(OBJS) $(EXTRA_CLEAN) meetreg.so
endif

# ---------------------------------------------------------------------
# The BMP normalization table, generated at build time from
# src/engine/mr_unimap.c with the ICU the build sees.
# ---------------------------------------------------------------------
HOSTCC ?= cc

tools/gen_unitab: tools/gen_unitab.c src/engine/mr_unimap.c src/engine/mr_unimap.h src/engine/mr_engine.h
	$(HOSTCC) -O2 -Wall -Isrc/engine $(ICU_CFLAGS) -o $@ tools/gen_unitab.c src/engine/mr_unimap.c $(ICU_LIBS)

src/engine/mr_unitab_data.h: tools/gen_unitab
	./tools/gen_unitab > $@.tmp && mv $@.tmp $@

$(ENGINE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o): $(ENGINE_HDRS) src/engine/mr_unitab_data.h $(wildcard src/pg/*.h)

# Command-line access to the engine (developers, benchmarks)
tools/mrtool: tools/mrtool.c $(ENGINE_SRCS) $(ENGINE_HDRS) src/engine/mr_unitab_data.h
	$(HOSTCC) -O2 -g -Wall -Wextra -Isrc/engine $(ICU_CFLAGS) -o $@ tools/mrtool.c $(ENGINE_SRCS) $(ICU_LIBS)

# ---------------------------------------------------------------------
# C unit tests of the engine (built from source with sanitizers)
# ---------------------------------------------------------------------
UNIT_CC     ?= $(HOSTCC)
UNIT_CFLAGS ?= -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
UNIT_SRCS    = $(sort $(wildcard test/unit/test_*.c))
UNIT_BINS    = $(patsubst test/unit/%.c,test/unit/bin/%,$(UNIT_SRCS))

test/unit/bin/%: test/unit/%.c test/unit/unit.h $(ENGINE_SRCS) $(ENGINE_HDRS) src/engine/mr_unitab_data.h
	@mkdir -p test/unit/bin
	$(UNIT_CC) $(UNIT_CFLAGS) -Wall -Wextra -Werror -Isrc/engine -Itest/unit $(ICU_CFLAGS) -o $@ $< $(ENGINE_SRCS) $(ICU_LIBS)

.PHONY: unit-build unit test demo demo-stop bench fuzz deps print-regress
print-regress:
	@echo $(REGRESS)

unit-build: $(UNIT_BINS)

unit: unit-build
	@bash test/scripts/run-unit.sh $(UNIT_BINS)

# ---------------------------------------------------------------------
# The README commands
# ---------------------------------------------------------------------
deps:
	@bash test/scripts/deps.sh

test:
	@bash test/scripts/run-tests.sh

demo:
	@bash test/scripts/demo.sh start

demo-stop:
	@bash test/scripts/demo.sh stop

bench:
	@bash test/bench/run.sh

fuzz:
	@bash test/fuzz/run.sh

# Benchmarks (make bench): built optimized, never part of make test
test/bench/bin/bench_engine: test/bench/bench_engine.c $(ENGINE_SRCS) $(ENGINE_HDRS) src/engine/mr_unitab_data.h
	@mkdir -p test/bench/bin
	$(HOSTCC) -O2 -g -Wall -Wextra -Isrc/engine $(ICU_CFLAGS) -o $@ $< $(ENGINE_SRCS) $(ICU_LIBS)

test/bench/bin/genreports: test/bench/genreports.c
	@mkdir -p test/bench/bin
	$(HOSTCC) -O2 -Wall -Wextra -o $@ $<
