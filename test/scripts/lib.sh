# test/scripts/lib.sh -- shared shell functions for tests, demo and benchmarks.
#
# Source it; it defines:
#   mr_pg_config            the pg_config in use ($PG_CONFIG or pg_config)
#   mr_server_user          the account that runs throwaway servers
#   mr_as_server_user CMD   run CMD as that account
#   mr_private_tree DIR     "make install" into DIR and mirror the server's
#                           own files around it, so that DIR holds a complete
#                           PostgreSQL installation with meetreg in it, without
#                           writing to the system directories
#   mr_cluster_init DIR BIN initdb a UTF8 cluster in DIR/data with binaries BIN
#   mr_cluster_start DIR BIN PORT [extra postgres options]
#   mr_cluster_stop DIR BIN
#
# Servers listen on a Unix socket in DIR only (and, for the demo, on
# 127.0.0.1), so several test runs can share the machine.

MR_TOP=${MR_TOP:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
PG_CONFIG=${PG_CONFIG:-pg_config}

mr_log() { printf '%s\n' "meetreg: $*" >&2; }
mr_die() { printf '%s\n' "meetreg: $*" >&2; exit 1; }

mr_pg_config() { printf '%s\n' "$PG_CONFIG"; }

# The unprivileged account that runs servers: initdb and postgres refuse
# to run as root.
mr_server_user() {
	if [ "$(id -u)" -ne 0 ]; then
		id -un
	elif id postgres >/dev/null 2>&1; then
		echo postgres
	else
		mr_die "running as root but there is no 'postgres' account to run the server (install postgresql-common or run as a normal user)"
	fi
}

mr_as_server_user() {
	if [ "$(id -u)" -ne 0 ]; then
		"$@"
	else
		runuser -u "$(mr_server_user)" -- "$@"
	fi
}

# A directory the server account can write: created under /tmp.
mr_make_workdir() {
	local prefix=$1 d
	d=$(mktemp -d "/tmp/${prefix}.XXXXXX")
	chmod 755 "$d"
	if [ "$(id -u)" -eq 0 ]; then
		chown "$(mr_server_user)" "$d"
	fi
	printf '%s\n' "$d"
}

# mr_private_tree DIR: install meetreg with DESTDIR=DIR/inst and complete the
# tree with links to the server's files.  Prints the bin directory to use.
mr_private_tree() {
	local dir=$1 inst bindir sharedir pkglibdir f b
	inst=$dir/inst
	bindir=$("$PG_CONFIG" --bindir)
	sharedir=$("$PG_CONFIG" --sharedir)
	pkglibdir=$("$PG_CONFIG" --pkglibdir)
	make -s -C "$MR_TOP" install DESTDIR="$inst" PG_CONFIG="$PG_CONFIG" >/dev/null ||
		mr_die "make install into $inst failed"
	mkdir -p "$inst$bindir" "$inst$sharedir/extension" "$inst$pkglibdir"
	# The server finds share/ and lib/ relative to its own executable, so
	# the binaries are copied (a symbolic link would be resolved).
	for b in postgres initdb pg_ctl; do
		cp "$bindir/$b" "$inst$bindir/$b"
	done
	for f in "$pkglibdir"/*; do
		b=$(basename "$f")
		[ -e "$inst$pkglibdir/$b" ] || ln -s "$f" "$inst$pkglibdir/$b"
	done
	for f in "$sharedir"/*; do
		b=$(basename "$f")
		[ "$b" = extension ] && continue
		[ -e "$inst$sharedir/$b" ] || ln -s "$f" "$inst$sharedir/$b"
	done
	for f in "$sharedir"/extension/*; do
		b=$(basename "$f")
		[ -e "$inst$sharedir/extension/$b" ] || ln -s "$f" "$inst$sharedir/extension/$b"
	done
	chmod -R a+rX "$dir"
	printf '%s\n' "$inst$bindir"
}

mr_cluster_init() {
	local dir=$1 bin=$2
	mr_as_server_user "$bin/initdb" -D "$dir/data" -E UTF8 --no-locale -A trust \
		-U postgres >"$dir/initdb.log" 2>&1 ||
		{ cat "$dir/initdb.log" >&2; mr_die "initdb failed"; }
}

mr_cluster_start() {
	local dir=$1 bin=$2 port=$3
	shift 3
	mr_as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 120 \
		-o "-k $dir -p $port $*" start >/dev/null ||
		{ tail -n 30 "$dir/server.log" >&2; mr_die "the server did not start"; }
}

mr_cluster_stop() {
	local dir=$1 bin=$2
	[ -f "$dir/data/postmaster.pid" ] || return 0
	mr_as_server_user "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

# Settings for throwaway test clusters: fast and quiet.
MR_TEST_SERVER_OPTS="-c listen_addresses= -c fsync=off -c synchronous_commit=off \
-c full_page_writes=off -c shared_buffers=256MB -c max_connections=40 \
-c max_worker_processes=8 -c max_parallel_workers=4 -c max_parallel_workers_per_gather=2 \
-c lc_messages=C -c log_min_messages=warning"
