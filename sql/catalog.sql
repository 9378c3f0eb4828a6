-- catalog: how every object of the extension is declared

-- every function: volatility, strictness, parallel safety
SELECT p.oid::regprocedure AS function,
       p.provolatile AS vol, p.proisstrict AS strict, p.proparallel AS par
FROM pg_proc p
WHERE p.pronamespace = 'meetreg'::regnamespace
ORDER BY p.oid::regprocedure::text;

-- the text engine is IMMUTABLE; what reads the registry is STABLE
SELECT proname, provolatile FROM pg_proc
WHERE pronamespace = 'meetreg'::regnamespace
  AND proname IN ('normalize', 'tokens', 'stem', 'tag', 'evidence', 'codes')
ORDER BY proname;

-- nothing is left without a comment (functions, types, tables, views,
-- operators, operator classes, procedures)
SELECT pg_describe_object(classid, objid, 0) AS uncommented
FROM pg_depend d
WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
  AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'meetreg')
  AND classid IN ('pg_proc'::regclass, 'pg_type'::regclass, 'pg_class'::regclass,
                  'pg_operator'::regclass, 'pg_opclass'::regclass)
  AND NOT (classid = 'pg_type'::regclass AND EXISTS (SELECT 1 FROM pg_type t WHERE t.oid = d.objid AND (t.typelem <> 0 OR t.typrelid <> 0)))
  AND NOT (classid = 'pg_class'::regclass AND EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = d.objid AND c.relkind IN ('S', 'i')))
  AND obj_description(objid, (SELECT relname FROM pg_class WHERE oid = classid)) IS NULL
ORDER BY 1;
