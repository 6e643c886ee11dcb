-- wrk script: POST a new text/plain block per request, each with its own data.
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/plain"
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, "/api/blocks", nil, "bench " .. n)
end
