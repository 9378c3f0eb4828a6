#!/usr/bin/env bash
# test/scripts/demo.sh start|stop -- what "make demo" and "make demo-stop" run.
#
# start: install what is missing, build, install (into the server's
# directories when run as root, else into a private tree), start a demo
# cluster of its own as an unprivileged account, create the extension and
# show what meetreg does.  The cluster keeps running.
# Settings: MEETREG_DEMO_DIR (default /tmp/meetreg-demo), MEETREG_DEMO_PORT
# (default 5499; the server listens on 127.0.0.1 and on a socket in the dir).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$MR_TOP"

DIR=${MEETREG_DEMO_DIR:-/tmp/meetreg-demo}
PORT=${MEETREG_DEMO_PORT:-5499}
DB=meetreg_demo

stop() {
	if [ -f "$DIR/bin-dir" ] && [ -f "$DIR/data/postmaster.pid" ]; then
		mr_cluster_stop "$DIR" "$(cat "$DIR/bin-dir")"
		echo "meetreg demo cluster stopped ($DIR)."
	else
		echo "No meetreg demo cluster is running in $DIR."
	fi
}

case ${1:-start} in
stop)
	stop
	rm -rf "$DIR"
	exit 0
	;;
start) ;;
*) mr_die "usage: demo.sh start|stop" ;;
esac

bash test/scripts/deps.sh
make -s all PG_CONFIG="$PG_CONFIG"

# a running demo from an earlier build is replaced
[ -d "$DIR" ] && { stop >/dev/null; rm -rf "$DIR"; }
mkdir -p "$DIR"
chmod 755 "$DIR"
[ "$(id -u)" -eq 0 ] && chown "$(mr_server_user)" "$DIR"

if [ "$(id -u)" -eq 0 ]; then
	make -s install PG_CONFIG="$PG_CONFIG" >/dev/null
	BIN=$("$PG_CONFIG" --bindir)
	echo "meetreg: installed into $("$PG_CONFIG" --sharedir)/extension and $("$PG_CONFIG" --pkglibdir)"
else
	BIN=$(mr_private_tree "$DIR")
	echo "meetreg: installed into a private tree under $DIR/inst (not root)"
fi
echo "$BIN" >"$DIR/bin-dir"

mr_cluster_init "$DIR" "$BIN"
mr_cluster_start "$DIR" "$BIN" "$PORT" "-c listen_addresses=127.0.0.1 -c lc_messages=C"
export PGHOST=$DIR PGPORT=$PORT PGUSER=postgres
psql -X -q -d postgres -c "CREATE DATABASE $DB ENCODING 'UTF8' TEMPLATE template0"
psql -X -q -d "$DB" -c "CREATE EXTENSION meetreg"

psql -X -q -d "$DB" -v ON_ERROR_STOP=1 -v report="$(cat test/fixtures/sample_report.txt)" \
	-f test/demo/demo.sql

# 5,000 generated reports with planted trends (see test/bench/genreports.c)
make -s test/bench/bin/genreports
./test/bench/bin/genreports --count 5000 --trends --seed 2024 \
	--templates test/bench/templates.tsv --places data/places.tsv >"$DIR/generated.tsv"
chmod a+r "$DIR/generated.tsv"
t0=$(date +%s.%N)
psql -X -q -d "$DB" -v ON_ERROR_STOP=1 <<SQL
CREATE TABLE public.demo_generated (id int, held_on date, city text, region text, title text, body text, planted text);
\\copy public.demo_generated FROM '$DIR/generated.tsv'
INSERT INTO meetreg.meetings (held_on, city, title, body, source)
SELECT held_on, city, title, body, 'generated:' || id FROM public.demo_generated ORDER BY id;
SQL
t1=$(date +%s.%N)
echo
echo "Loaded 5,000 generated reports into meetreg.meetings in $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}') s (tagged and placed by the insert trigger)."
psql -X -q -d "$DB" -v ON_ERROR_STOP=1 -f test/demo/demo_trends.sql
psql -X -q -d "$DB" -v ON_ERROR_STOP=1 -v report="$(cat test/fixtures/sample_report.txt)" \
	-f test/demo/demo_extract.sql

cat <<TXT

The demo cluster is running (data in $DIR/data, log in $DIR/server.log).
Connect with psql:
    psql -h $DIR -p $PORT -U postgres $DB
or over TCP (for a BI tool):
    psql "host=127.0.0.1 port=$PORT user=postgres dbname=$DB"
Stop it with:
    make demo-stop
TXT
