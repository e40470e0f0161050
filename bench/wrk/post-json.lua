-- wrk script: POSTs the JSON body in the file named by the BODY environment variable.
local f = assert(io.open(os.getenv("BODY"), "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

-- Any status other than the expected one counts as an error in the summary.
local expected = tonumber(os.getenv("EXPECT") or "200")
local unexpected = 0
response = function(status, headers, body)
  if status ~= expected then unexpected = unexpected + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("unexpected statuses: %d\n", unexpected))
end
