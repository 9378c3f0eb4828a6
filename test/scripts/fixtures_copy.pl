#!/usr/bin/env perl
# test/scripts/fixtures_copy.pl texts|facts -- the fixture reports of
# test/fixtures/reports/ in COPY text format, for psql's \copy FROM PROGRAM:
#   texts: name, body
#   facts: name, key, value (one row per line of the .facts files)
use strict;
use warnings;

my $what = shift // 'texts';
my $dir = 'test/fixtures/reports';

sub esc
{
	my $s = shift;
	$s =~ s/\\/\\\\/g;
	$s =~ s/\t/\\t/g;
	$s =~ s/\n/\\n/g;
	$s =~ s/\r/\\r/g;
	return $s;
}

for my $f (sort glob("$dir/*.txt"))
{
	(my $name = $f) =~ s{.*/(.*)\.txt$}{$1};
	if ($what eq 'texts')
	{
		open(my $in, '<:raw', $f) or die "$f: $!";
		local $/;
		my $text = <$in>;
		close $in;
		print esc($name), "\t", esc($text), "\n";
	}
	else
	{
		my $facts = "$dir/$name.facts";
		next unless -e $facts;
		open(my $in, '<:raw', $facts) or die "$facts: $!";
		while (my $line = <$in>)
		{
			chomp $line;
			next if $line eq '';
			my ($k, $v) = split /\t/, $line, 2;
			print esc($name), "\t", esc($k), "\t", esc($v // ''), "\n";
		}
		close $in;
	}
}
