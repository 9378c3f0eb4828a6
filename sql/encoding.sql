-- encoding: CREATE EXTENSION refuses a database that is not UTF8
SELECT current_database() AS regress_db \gset
CREATE DATABASE meetreg_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c meetreg_latin1
CREATE EXTENSION meetreg;
SELECT count(*) AS installed FROM pg_extension WHERE extname = 'meetreg';
\c :regress_db
DROP DATABASE meetreg_latin1;
SELECT extname FROM pg_extension WHERE extname = 'meetreg';
