-- wrk script: POSTs the JSON body in the file named by the BODY environment variable.
-- AUTH (optional): the Authorization header, e.g. "Bearer demo-kiosk-token".
-- IDEMPOTENCY=1: a fresh Idempotency-Key on every request (16 to 64 characters), as the kiosk sends one per patient.
local f = assert(io.open(os.getenv("BODY"), "r"))
local body = f:read("*a")
f:close()
local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
if os.getenv("AUTH") and os.getenv("AUTH") ~= "" then headers["Authorization"] = os.getenv("AUTH") end
local idempotency = os.getenv("IDEMPOTENCY") == "1"
local run = os.getenv("RUN") or tostring(os.time())

local threads = {}
local counter = 0
thread_id = 0 -- set per thread by setup()
function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function request()
  if idempotency then
    counter = counter + 1
    headers["Idempotency-Key"] = string.format("wrk-load-%s-%02d-%09d", run, thread_id, counter)
  end
  return wrk.format("POST", nil, headers, body)
end

-- Any status other than the expected one counts as an error.
local expected = tonumber(os.getenv("EXPECT") or "200")
unexpected = 0
function response(status, headers, body)
  if status ~= expected then unexpected = unexpected + 1 end
end

-- Errors: other statuses than the expected one, and socket errors (connect, read, write, timeout).
function done(summary, latency, requests)
  local statuses = 0
  for _, thread in ipairs(threads) do statuses = statuses + thread:get("unexpected") end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests/s %.0f  p50 %.1f ms  p99 %.1f ms  errors %d (%d other statuses, %d timeouts, %d socket) of %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    statuses + e.connect + e.read + e.write + e.timeout, statuses, e.timeout, e.connect + e.read + e.write,
    summary.requests))
end
