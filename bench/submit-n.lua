-- wrk script: POST a new text/plain block per request; each wrk thread stops sending after its share of
-- responses, given after "--" (wrk -t2 -c8 -s bench/submit-n.lua URL -- 500: 2 x 500 = 1,000).
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/plain"
local n, answered, limit = 0, 0, 0
local id = tostring(math.random(1, 1e9))
init = function(args)
  limit = tonumber(args[1])
end
request = function()
  n = n + 1
  return wrk.format(nil, "/api/blocks", nil, "bench " .. id .. " " .. n)
end
response = function(status, headers, body)
  answered = answered + 1
  if answered >= limit then
    wrk.thread:stop()
  end
end
