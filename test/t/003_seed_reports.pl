# 003_seed_reports.pl -- the five real reports of ../shared/seeds (read at
# run time, never copied into the repository): each is tagged with exactly
# the concerns it discusses, and its date, city, format and association
# count are extracted where the report states them.  Skipped when the seeds
# are not beside the clone.
use strict;
use warnings;
use Test::More;

my $seeds = "$ENV{MR_TOP}/../shared/seeds";
plan skip_all => "no seed reports in $seeds" unless -d $seeds;

# file => [concerns, published (for relative dates), held_on, city, format, association_count]
my %expected = (
	'000_639097f22e724e9d.txt' => ['{drugs,theft,school_safety,youth_services,police_presence,communication,awareness}',
		undef, '2014-08-07', 'Casablanca', 'communication_meeting', '46'],
	'001_c2e2cb3496da57a8.txt' => ['{drugs,school_safety,child_protection,hooliganism,road_safety,communication,awareness,human_rights}',
		'2023-05-18', '2023-05-18', 'Fès', 'seminar', ''],
	'002_8a90be08bee86c88.txt' => ['{drugs,assault,sexual_violence,violence,organized_crime,school_safety,communication,awareness}',
		undef, '2018-10-17', 'Meknès', 'consultation', ''],
	'003_3f987641d29bcc28.txt' => ['{cybercrime,school_safety,police_presence,awareness}',
		'2021-02-17', '2021-02-16', 'Béni Mellal', 'communication_meeting', '2'],
	'004_df448382665b1299.txt' => ['{theft,assault,school_safety,police_presence,police_resources,communication}',
		undef, '2019-01-09', 'Inezgane', 'communication_meeting', ''],
);

my $db = 'meetreg_tap_seeds';
system("psql -X -q -d postgres -c 'DROP DATABASE IF EXISTS $db' >/dev/null 2>&1");
is(system("psql -X -q -d postgres -c \"CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0\" >/dev/null"), 0, 'database created');
is(system("psql -X -q -d $db -c 'CREATE EXTENSION meetreg' >/dev/null"), 0, 'extension created');

for my $file (sort keys %expected)
{
	my ($concerns, $published, $held_on, $city, $format, $count) = @{ $expected{$file} };
	my $pub = defined $published ? "'$published'::date" : 'NULL::date';
	my $sql = "SELECT meetreg.tag(:'t')::text, to_char(f.held_on, 'YYYY-MM-DD'), f.city, f.format, coalesce(f.association_count::text, '') "
	  . "FROM meetreg.extract(:'t', $pub) f;";
	my $out = `printf '%s' "$sql" | psql -X -A -t -F '|' -d $db -v t="\$(cat '$seeds/$file')" 2>&1`;
	chomp $out;
	my ($got_concerns, $got_held_on, $got_city, $got_format, $got_count) = split /\|/, $out, -1;
	is($got_concerns, $concerns, "$file: concerns");
	is($got_held_on, $held_on, "$file: held_on");
	is($got_city, $city, "$file: city");
	is($got_format, $format, "$file: format");
	is($got_count, $count, "$file: association count" . ($count eq '' ? ' (not stated)' : ''));
}

system("psql -X -q -d postgres -c 'DROP DATABASE $db' >/dev/null");
done_testing();
