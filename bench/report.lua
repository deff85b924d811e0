-- wrk report: requests/s and the latency percentiles the benchmarks quote (p50, p95, p99), in ms
done = function(summary, latency, requests)
    io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50=%.1fms p95=%.1fms p99=%.1fms\n",
        summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read
            + summary.errors.write + summary.errors.timeout,
        summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
