#!/usr/bin/env bash
# test/scripts/deps.sh -- make sure everything needed to build and test
# meetreg is installed.
#
# As root on Debian/Ubuntu it installs what is missing with apt-get; as a
# normal user it prints the exact apt-get line and stops.  PGMAJOR selects
# the PostgreSQL major version when no server is installed yet (default 15).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

pkgs=()
want() { pkgs+=("$1"); }

# The PostgreSQL major version: from pg_config if there is one.
major=${PGMAJOR:-}
if [ -z "$major" ] && command -v "$PG_CONFIG" >/dev/null 2>&1; then
	major=$("$PG_CONFIG" --version 2>/dev/null | sed -n 's/^PostgreSQL \([0-9][0-9]*\).*/\1/p')
fi
major=${major:-15}

command -v make >/dev/null 2>&1 || want make
command -v gcc >/dev/null 2>&1 || want gcc
command -v pkg-config >/dev/null 2>&1 || want pkg-config
if ! pkg-config --exists icu-uc icu-i18n 2>/dev/null; then want libicu-dev; fi
command -v perl >/dev/null 2>&1 || want perl
command -v prove >/dev/null 2>&1 || want perl

have_server=no
have_headers=no
if command -v "$PG_CONFIG" >/dev/null 2>&1; then
	[ -x "$("$PG_CONFIG" --bindir)/postgres" ] && have_server=yes
	[ -f "$("$PG_CONFIG" --includedir-server)/postgres.h" ] && have_headers=yes
fi
[ "$have_server" = yes ] || want "postgresql-$major"
[ "$have_headers" = yes ] || want "postgresql-server-dev-$major"
if [ "$have_server" = yes ] && ! [ -x "$("$PG_CONFIG" --pkglibdir)/pgxs/src/test/isolation/pg_isolation_regress" ]; then
	want "postgresql-client-$major"
fi

if [ ${#pkgs[@]} -eq 0 ]; then
	exit 0
fi

# De-duplicate.
mapfile -t pkgs < <(printf '%s\n' "${pkgs[@]}" | awk '!seen[$0]++')

# Headers of the same release as the installed server, when apt still has it.
pin() {
	local p=$1 server_ver
	case $p in
	postgresql-server-dev-*)
		server_ver=$(dpkg-query -W -f='${Version}' "postgresql-$major" 2>/dev/null || true)
		if [ -n "$server_ver" ] && apt-cache madison "$p" 2>/dev/null | awk -F'|' '{gsub(/ /,"",$2); print $2}' | grep -qx "$server_ver"; then
			printf '%s=%s\n' "$p" "$server_ver"
			return
		fi
		;;
	esac
	printf '%s\n' "$p"
}

if ! command -v apt-get >/dev/null 2>&1; then
	mr_die "missing: ${pkgs[*]}; install them with your system's package manager (these are Debian names)"
fi

if [ "$(id -u)" -ne 0 ]; then
	echo "meetreg needs these packages first; run:" >&2
	echo "  sudo apt-get install -y ${pkgs[*]}" >&2
	exit 1
fi

pinned=()
for p in "${pkgs[@]}"; do pinned+=("$(pin "$p")"); done
mr_log "installing ${pinned[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -q --no-install-recommends "${pinned[@]}" >/tmp/meetreg-apt.log 2>&1; then
	mr_log "apt-get install failed; updating the package lists and trying again"
	apt-get update -q >>/tmp/meetreg-apt.log 2>&1 || true
	pinned=()
	for p in "${pkgs[@]}"; do pinned+=("$(pin "$p")"); done
	apt-get install -y -q --no-install-recommends "${pinned[@]}" >>/tmp/meetreg-apt.log 2>&1 ||
		{ tail -n 20 /tmp/meetreg-apt.log >&2; mr_die "could not install ${pkgs[*]}"; }
fi
mr_log "installed ${pkgs[*]}"
