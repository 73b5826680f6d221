-- wrk script for bench/api_latency.py. Its one argument (after `--`) picks what each request is:
--   plain       the same URL every time (answered from the server's answer cache after the first);
--   inm=ETAG    the same URL with If-None-Match: ETAG (answered 304 while the graph is unchanged);
--   unique      the URL with a new `_bench=N` query parameter each time, so no answer is cached and
--               every request costs the store reads (the first-answer cost under load).
-- At the end it prints one JSON line: requests, the run's duration, errors (socket errors, timeouts and
-- HTTP status >= 400), 304 answers, and p50/p99 latency in microseconds from wrk's own histogram.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  mode = args[1] or "plain"
  not_modified = 0
  counter = 0
  if mode:sub(1, 4) == "inm=" then
    wrk.headers["If-None-Match"] = mode:sub(5)
  end
  separator = wrk.path:find("?", 1, true) and "&" or "?"
end

function request()
  if mode == "unique" then
    counter = counter + 1
    return wrk.format(nil, wrk.path .. separator .. "_bench=" .. counter)
  end
  return wrk.format()
end

function response(status, headers, body)
  if status == 304 then
    not_modified = not_modified + 1
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local answered_304 = 0
  for _, thread in ipairs(threads) do
    answered_304 = answered_304 + (thread:get("not_modified") or 0)
  end
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "errors": %d, "not_modified": %d, "p50_us": %d, "p99_us": %d}\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout + e.status,
    answered_304, latency:percentile(50), latency:percentile(99)))
end
