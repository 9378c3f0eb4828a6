# 002_dump_restore.pl -- a DBA's registry, lexicon and gazetteer changes, the
# meeting records and stored histogram/trend values survive pg_dump and
# pg_restore (custom and plain formats); shipped rows are not duplicated;
# deleted shipped rows stay deleted; sequences continue.
#
# Runs against the cluster of test/scripts/run-tests.sh (PGHOST, PGPORT,
# PGUSER in the environment).
use strict;
use warnings;
use Test::More;

my $bindir = `$ENV{PG_CONFIG} --bindir`;
chomp $bindir;
my $work = $ENV{MR_WORK} || '/tmp';

sub psql
{
	my ($db, $sql) = @_;
	open(my $fh, '|-', "psql -X -q -A -t -v ON_ERROR_STOP=1 -d $db > $work/tap_out.$$ 2>&1") or die;
	print $fh $sql;
	close $fh;
	my $rc = $? >> 8;
	open(my $in, '<', "$work/tap_out.$$") or die;
	local $/;
	my $out = <$in>;
	close $in;
	$out =~ s/\s+$//;
	return wantarray ? ($rc, $out) : $out;
}

for my $db (qw(mr_dump_src mr_dump_custom mr_dump_plain))
{
	psql('postgres', "DROP DATABASE IF EXISTS $db");
	psql('postgres', "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0");
}

my ($rc, $out) = psql('mr_dump_src', <<'SQL');
CREATE EXTENSION meetreg;
-- a concern of the DBA's own, with terms
INSERT INTO meetreg.concerns (code, grp, label_en) VALUES ('night_noise', 'public order', 'Night noise');
INSERT INTO meetreg.concern_terms (concern, term, lang) VALUES
	('night_noise', 'زقزوق', 'ary'), ('night_noise', 'tapage nocturne', 'fr');
-- a shipped concern relabelled, a shipped term disabled, another deleted
UPDATE meetreg.concerns SET label_fr = 'Stupéfiants' WHERE code = 'drugs';
UPDATE meetreg.concern_terms SET enabled = false WHERE id = 1;
DELETE FROM meetreg.concern_terms WHERE id = 2;
-- meeting records, tagged by the trigger (one with the DBA's concern)
INSERT INTO meetreg.meetings (held_on, city, title, body, source) VALUES
	('2022-01-10', 'Agadir', 'لقاء تواصلي', 'اشتكى السكان من زقزوق الليل وترويج المخدرات قرب المدارس.', 's1'),
	('2022-02-11', 'Oujda', NULL, 'تطرق اللقاء إلى حوادث السير والسرقة.', 's2');
-- a table of the user's with a concern_set column
CREATE TABLE public.notes (id int, s meetreg.concern_set);
INSERT INTO public.notes VALUES (1, '{night_noise,drugs}'), (2, '{}');
-- the gazetteer: a DBA's neighbourhood, a relabelled shipped place, a deleted one
INSERT INTO meetreg.places (key, kind, parent, name_ar, name_fr, variants)
	VALUES ('agadir-hay-salam-test', 'district', 'agadir', 'حي السلام التجريبي', 'Hay Salam Test', '{Salam Test}');
UPDATE meetreg.places SET name_fr = 'Fès (ville)' WHERE key = 'fes';
DELETE FROM meetreg.places WHERE key = 'derb-el-ouedad';
-- stored histograms and trend states
CREATE TABLE public.summaries AS
SELECT city, meetreg.concern_counts(concerns) AS hist,
       meetreg.concern_trend(date_trunc('month', held_on), concerns) AS trend
FROM meetreg.meetings GROUP BY city;
SQL
is($rc, 0, 'source database prepared') or diag($out);

my %src = (
	concerns => scalar psql('mr_dump_src', 'SELECT string_agg(id || code || coalesce(label_fr, \'\') || shipped, \',\' ORDER BY id) FROM meetreg.concerns'),
	terms => scalar psql('mr_dump_src', 'SELECT count(*) || \'/\' || sum(id) || \'/\' || string_agg(id::text, \',\' ORDER BY id) FILTER (WHERE NOT shipped) FROM meetreg.concern_terms'),
	meetings => scalar psql('mr_dump_src', 'SELECT string_agg(id || source || concerns::text, \',\' ORDER BY id) FROM meetreg.meetings'),
	notes => scalar psql('mr_dump_src', 'SELECT string_agg(id || s::text, \',\' ORDER BY id) FROM public.notes'),
	places => scalar psql('mr_dump_src', 'SELECT count(*) || \'/\' || string_agg(id || key || coalesce(name_fr, \'\') || shipped, \',\' ORDER BY id) FILTER (WHERE NOT shipped) FROM meetreg.places'),
	summaries => scalar psql('mr_dump_src', 'SELECT string_agg(city || hist::text || trend::text, \',\' ORDER BY city) FROM public.summaries'),
);
like($src{meetings}, qr/night_noise/, "meetings tagged with the DBA's concern: $src{meetings}");

# custom format
$rc = system("$bindir/pg_dump -Fc -d mr_dump_src -f $work/mr_dump.custom") >> 8;
is($rc, 0, 'pg_dump -Fc');
my $log = `$bindir/pg_restore -d mr_dump_custom --exit-on-error $work/mr_dump.custom 2>&1`;
is($? >> 8, 0, 'pg_restore into a new database') or diag($log);

# plain format through psql
$rc = system("$bindir/pg_dump -d mr_dump_src -f $work/mr_dump.sql") >> 8;
is($rc, 0, 'pg_dump plain');
$log = `psql -X -q -v ON_ERROR_STOP=1 -d mr_dump_plain -f $work/mr_dump.sql 2>&1`;
is($? >> 8, 0, 'plain dump restored with psql') or diag($log);

for my $db (qw(mr_dump_custom mr_dump_plain))
{
	is(scalar psql($db, 'SELECT string_agg(id || code || coalesce(label_fr, \'\') || shipped, \',\' ORDER BY id) FROM meetreg.concerns'),
		$src{concerns}, "$db: concerns identical (the DBA's concern, the relabelled shipped one, no duplicates)");
	is(scalar psql($db, 'SELECT count(*) || \'/\' || sum(id) || \'/\' || string_agg(id::text, \',\' ORDER BY id) FILTER (WHERE NOT shipped) FROM meetreg.concern_terms'),
		$src{terms}, "$db: lexicon identical: same rows, shipped rows not duplicated");
	is(scalar psql($db, 'SELECT enabled::text FROM meetreg.concern_terms WHERE id = 1'), 'false', "$db: disabled shipped term stays disabled");
	is(scalar psql($db, 'SELECT count(*) FROM meetreg.concern_terms WHERE id = 2'), '0', "$db: deleted shipped term stays deleted");
	is(scalar psql($db, 'SELECT string_agg(id || source || concerns::text, \',\' ORDER BY id) FROM meetreg.meetings'),
		$src{meetings}, "$db: meeting records and their tags identical");
	is(scalar psql($db, 'SELECT string_agg(id || s::text, \',\' ORDER BY id) FROM public.notes'),
		$src{notes}, "$db: a user table with concern sets identical");
	is(scalar psql($db, "SELECT meetreg.tag('زقزوق')::text"), '{night_noise}', "$db: the tagger uses the DBA's terms");
	is(scalar psql($db, 'SELECT count(*) || \'/\' || string_agg(id || key || coalesce(name_fr, \'\') || shipped, \',\' ORDER BY id) FILTER (WHERE NOT shipped) FROM meetreg.places'),
		$src{places}, "$db: gazetteer identical (the DBA's place, the relabelled one, not the deleted one)");
	is(scalar psql($db, "SELECT meetreg.city_of('Salam Test') || '/' || coalesce(meetreg.city_of('درب الوداد'), 'none')"),
		'Agadir/none', "$db: the DBA's place resolves, the deleted one does not");
	is(scalar psql($db, 'SELECT string_agg(city || hist::text || trend::text, \',\' ORDER BY city) FROM public.summaries'),
		$src{summaries}, "$db: stored concern_hist and concern_trend values identical");
	my ($irc, $ids) = psql($db, <<'SQL');
INSERT INTO meetreg.concern_terms (concern, term, lang) VALUES ('night_noise', 'البوق', 'ar') RETURNING id > 1000001;
INSERT INTO meetreg.meetings (body, source) VALUES ('نص', 'new') RETURNING id > 2;
INSERT INTO meetreg.concerns (code, grp) VALUES ('another', 'rights') RETURNING id > 64;
SQL
	is($irc, 0, "$db: new rows after the restore get fresh ids") or diag($ids);
	is($ids, "t\nt\nt", "$db: sequences continue after the restored rows");
}

psql('postgres', "DROP DATABASE $_") for qw(mr_dump_src mr_dump_custom mr_dump_plain);
unlink "$work/mr_dump.custom", "$work/mr_dump.sql", "$work/tap_out.$$";
done_testing();
