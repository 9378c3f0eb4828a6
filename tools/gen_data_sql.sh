#!/usr/bin/env bash
# tools/gen_data_sql.sh -- SQL for the shipped registry and lexicon.
#
# Usage: tools/gen_data_sql.sh data/concerns.tsv data/concern_terms.tsv
# Prints INSERT statements for meetreg.concerns (ids 1.. in file order) and
# meetreg.concern_terms (ids 1.. in file order; code "*" becomes NULL), all
# with shipped = true.  The output was pasted into meetreg--0.1.0--0.2.0.sql
# when 0.2.0 was made; later versions change shipped rows in their own
# upgrade scripts.  sql/registry.sql checks that an installation holds
# exactly the rows of the data files.
set -euo pipefail
concerns=${1:-data/concerns.tsv}
terms=${2:-data/concern_terms.tsv}

awk -F'\t' '
function q(s) { gsub(/\047/, "\047\047", s); return "\047" s "\047" }
function qn(s) { return s == "" ? "NULL" : q(s) }
NR == 1 { next }
{
	rows[++n] = sprintf("(%d, %s, %s, %s, %s, %s, %s, true)", n, q($1), q($2), qn($3), qn($4), qn($5), qn($6))
}
END {
	print "INSERT INTO meetreg.concerns (id, code, grp, label_ar, label_fr, label_en, description, shipped) VALUES"
	for (i = 1; i <= n; i++) print "\t" rows[i] (i < n ? "," : ";")
}' "$concerns"
echo
awk -F'\t' '
function q(s) { gsub(/\047/, "\047\047", s); return "\047" s "\047" }
function qn(s) { return s == "" ? "NULL" : q(s) }
NR == 1 { next }
{
	code = ($1 == "*") ? "NULL" : q($1)
	rows[++n] = sprintf("(%d, %s, %s, %s, %s, %s, true)", n, code, q($4), q($2), q($3), qn($5))
}
END {
	print "INSERT INTO meetreg.concern_terms (id, concern, term, lang, kind, note, shipped) VALUES"
	for (i = 1; i <= n; i++) print "\t" rows[i] (i < n ? "," : ";")
}' "$terms"
