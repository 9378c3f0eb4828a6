#!/usr/bin/env bash
# tools/gen_places_sql.sh -- SQL for the shipped gazetteer.
#
# Usage: tools/gen_places_sql.sh data/places.tsv
# Prints one INSERT for meetreg.places (ids 1.. in file order, variants
# split on "|", shipped = true).  Pasted into meetreg--0.2.0--0.3.0.sql when
# 0.3.0 was made; sql/places.sql checks that an installation holds exactly
# the rows of the data file.
set -euo pipefail
awk -F'\t' '
function q(s) { gsub(/\047/, "\047\047", s); return "\047" s "\047" }
function qn(s) { return s == "" ? "NULL" : q(s) }
function arr(s,   n, parts, i, out) {
	if (s == "") return "\047{}\047"
	n = split(s, parts, "|")
	out = "ARRAY["
	for (i = 1; i <= n; i++) out = out (i > 1 ? ", " : "") q(parts[i])
	return out "]"
}
NR == 1 { next }
{
	rows[++n] = sprintf("(%d, %s, %s, %s, %s, %s, %s, %s, true)", n, q($1), q($2), qn($3), qn($4), qn($5), arr($6), ($7 == "" ? "NULL" : $7))
}
END {
	print "INSERT INTO meetreg.places (id, key, kind, parent, name_ar, name_fr, variants, population, shipped) VALUES"
	for (i = 1; i <= n; i++) print "\t" rows[i] (i < n ? "," : ";")
}' "${1:-data/places.tsv}"
