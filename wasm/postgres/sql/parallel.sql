-- PARALLEL SAFE: a filter on iin_valid runs in the workers of a parallel scan. Costs are zeroed
-- so that the planner chooses workers for a small table.
CREATE TABLE people AS
  SELECT CASE WHEN i % 3 = 0 THEN '901123300258' WHEN i % 3 = 1 THEN '870413300129' ELSE '940140000385' END AS iin
  FROM generate_series(1, 3000) AS i;
ANALYZE people;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT count(*) FROM people WHERE iin_valid(iin);
SELECT count(*) FROM people WHERE iin_valid(iin);
SELECT iin_kind(iin), count(*) FROM people GROUP BY 1 ORDER BY 1;

-- The server these tests run on listens on its Unix socket only.
SHOW listen_addresses;
DROP TABLE people;
