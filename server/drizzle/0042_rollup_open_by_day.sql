-- A month row of kpi_rollup also keeps, for each day of its month, the cases due that day and not
-- closed yet (due less closed of that day's row; element 1 is the 1st). A period holding the month still
-- running counts its cases due from today on only once they have closed (应结 so far, kpi-sums.ts): that
-- is the month row's due less the elements from today on, read from the one row. Before, it was read
-- from the day rows from today to the month's end, one per key and day: a city's ranking of its 9,576
-- grids read about 250,000 of them at ten million cases early in a month.
ALTER TABLE "kpi_rollup" ADD COLUMN "open_by_day" integer[]
--> statement-breakpoint
-- Element-wise sum; a missing side counts as nothing (day rows carry no array).
CREATE FUNCTION needle_add_days(a integer[], b integer[]) RETURNS integer[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN a IS NULL THEN b
    WHEN b IS NULL THEN a
    ELSE (SELECT array_agg(coalesce(x, 0) + coalesce(y, 0) ORDER BY i) FROM unnest(a, b) WITH ORDINALITY AS u(x, y, i))
  END
$$
--> statement-breakpoint
-- The 31 elements of a month from (day of month, value) pairs, the values of one day summed.
CREATE FUNCTION needle_month_days(days integer[], vals integer[]) RETURNS integer[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_agg(coalesce(s.v, 0) ORDER BY d.d)
  FROM generate_series(1, 31) AS d(d)
  LEFT JOIN (SELECT dd, sum(vv)::int AS v FROM unnest(days, vals) AS u(dd, vv) GROUP BY dd) AS s ON s.dd = d.d
$$
--> statement-breakpoint
UPDATE "kpi_rollup" m SET "open_by_day" = x."days"
FROM (
  SELECT "cut", "level", "key", date_trunc('month', "bucket")::date AS "month",
         needle_month_days(array_agg(extract(day FROM "bucket")::int), array_agg("due" - "closed")) AS "days"
  FROM "kpi_rollup" WHERE "span" = 'day'
  GROUP BY 1, 2, 3, 4
) x
WHERE m."span" = 'month' AND m."cut" = x."cut" AND m."level" = x."level" AND m."key" = x."key" AND m."bucket" = x."month"
