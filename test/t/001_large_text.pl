# 001_large_text.pl -- the text engine on a 200 MB text: memory stays
# proportional to the size, and statement_timeout cancels the work promptly.
#
# Runs against the cluster of test/scripts/run-tests.sh (PGHOST, PGPORT,
# PGUSER in the environment).  The backend's peak resident memory is read
# from /proc/self/status through pg_read_file(), in the same session.
use strict;
use warnings;
use Test::More;
use Time::HiRes qw(time);

my $db = 'meetreg_tap_large';

sub psql
{
	my ($dbname, $sql) = @_;
	my $out = `psql -X -q -A -t -v ON_ERROR_STOP=1 -d $dbname -c "$sql" 2>&1`;
	chomp $out;
	return ($? >> 8, $out);
}

# Run several statements in one session; returns the output lines.
sub session
{
	my ($dbname, $script) = @_;
	open(my $fh, '|-', "psql -X -q -A -t -d $dbname > /tmp/meetreg_tap_$$.out 2>&1")
	  or die "psql: $!";
	print $fh $script;
	close $fh;
	open(my $in, '<', "/tmp/meetreg_tap_$$.out") or die;
	my @lines = map { chomp; $_ } <$in>;
	close $in;
	unlink "/tmp/meetreg_tap_$$.out";
	return @lines;
}

my $hwm = q{SELECT substring(pg_read_file('/proc/self/status') from 'VmHWM:\s+(\d+) kB')::bigint * 1024;};

psql('postgres', "DROP DATABASE IF EXISTS $db");
is((psql('postgres', "CREATE DATABASE $db"))[0], 0, 'database created');
is((psql($db, 'CREATE EXTENSION meetreg'))[0], 0, 'extension created');

# About 200 MB of report text (compressed in the table; detoasted per query).
my ($rc, $size) = psql($db, q{CREATE TABLE big AS SELECT repeat('طالبت الجمعيات بتكثيف الدوريات الأمنية ومحاربة ترويج المخدرات قرب المؤسسات التعليمية. ', 1270000) AS body; SELECT octet_length(body) FROM big});
is($rc, 0, 'table with a large text created');
ok($size > 200_000_000, "text is over 200 MB ($size bytes)");

# --- memory: normalize() and stem() need about input + output, not more
for my $fn ('normalize', 'stem')
{
	my @out = session($db, $hwm . "\nSELECT length(meetreg.$fn(body)) FROM big;\n" . $hwm);
	my ($before, $len, $after) = @out;
	ok(defined $after && $after =~ /^\d+$/, "$fn: peak memory measured") or diag(join("\n", @out));
	ok($len > 10_000_000, "$fn: result of $len characters");
	my $grown = ($after // 0) - ($before // 0);
	cmp_ok($grown, '<', 3.5 * $size,
		sprintf("$fn: backend peak grew by %.0f MB for a %.0f MB text (limit 3.5x)", $grown / 1e6, $size / 1e6));
}

# --- memory: tokens() streams rows into a tuplestore that spills to disk
{
	my ($rc2, $mid) = psql($db, q{CREATE TABLE mid AS SELECT left(body, 20000000) AS body FROM big; SELECT octet_length(body) FROM mid});
	my @out = session($db, "SET work_mem = '4MB';\n" . $hwm .
		"\nSELECT count(*) FROM mid, meetreg.tokens(body);\n" . $hwm);
	my ($before, $count, $after) = @out;
	ok(defined $count && $count =~ /^\d+$/ && $count > 1_000_000, "tokens: $count rows from a 20M-character text")
	  or diag(join("\n", @out));
	my $grown = ($after // 0) - ($before // 0);
	cmp_ok($grown, '<', 2 * $mid + 32_000_000,
		sprintf('tokens: backend peak grew by %.0f MB for a %.0f MB text (rows spilled to disk)', $grown / 1e6, $mid / 1e6));
}

# --- cancellation: statement_timeout stops the engine in the middle
{
	my $t0 = time;
	my @full = session($db, "SELECT length(meetreg.normalize(body)) FROM big;\n");
	my $full = time - $t0;
	like($full[0] // '', qr/^\d+$/, sprintf('full normalize of 200 MB took %.2f s', $full));

	my $timeout_ms = int($full * 1000 / 10) || 1;
	$t0 = time;
	my @cancelled = session($db,
		"SET statement_timeout = $timeout_ms;\nSELECT length(meetreg.normalize(body)) FROM big;\n");
	my $elapsed = time - $t0;
	like(join(' ', @cancelled), qr/canceling statement due to statement timeout/,
		"statement_timeout of $timeout_ms ms cancels normalize()");
	cmp_ok($elapsed, '<', $full / 2,
		sprintf('cancelled after %.2f s, well before the %.2f s a full run takes', $elapsed, $full));

	$t0 = time;
	@cancelled = session($db,
		"SET statement_timeout = $timeout_ms;\nSELECT sum(length(meetreg.stem(body))) FROM big;\n");
	$elapsed = time - $t0;
	like(join(' ', @cancelled), qr/canceling statement due to statement timeout/,
		'statement_timeout cancels stem()');
}

psql('postgres', "DROP DATABASE $db");
done_testing();
