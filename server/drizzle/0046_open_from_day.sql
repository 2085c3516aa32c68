-- A month row keeps, for each day of its month, the cases due from that day to the month's end and not
-- closed yet (open_from_day; element 1 is the 1st), where it kept each day's alone (open_by_day, 0042).
-- 应结 so far of the month still running is then its due less one element, today's, where it was a
-- sum over the elements from today on per row: read so, a 10 M city's grid ranking spent more in those
-- sums than in reading the day rows they replace (kpi-sums.ts).
ALTER TABLE "kpi_rollup" RENAME COLUMN "open_by_day" TO "open_from_day"
--> statement-breakpoint
-- Each element the sum of it and the ones after it.
CREATE FUNCTION needle_days_onward(days integer[]) RETURNS integer[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_agg(s ORDER BY i)
  FROM (SELECT i, sum(x) OVER (ORDER BY i DESC)::int AS s FROM unnest(days) WITH ORDINALITY AS u(x, i)) AS onward
$$
--> statement-breakpoint
UPDATE "kpi_rollup" SET "open_from_day" = needle_days_onward("open_from_day") WHERE "open_from_day" IS NOT NULL
