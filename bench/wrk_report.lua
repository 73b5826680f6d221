-- wrk script for bench/api_latency.py: prints one JSON line at the end with the requests, the run's
-- duration, the errors (socket errors, timeouts and HTTP status >= 400) and p50/p99 latency in
-- microseconds from wrk's own histogram.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "errors": %d, "p50_us": %d, "p99_us": %d}\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout + e.status,
    latency:percentile(50), latency:percentile(99)))
end
