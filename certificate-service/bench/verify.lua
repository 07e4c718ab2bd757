-- wrk script: verifies certificates by number, each request for a number picked at random from the file given after
-- "--". The requests are built once, so that the load generator spends no more per request than for a fixed URL.
local requests = {}

function init(args)
  for number in io.lines(args[1]) do
    requests[#requests + 1] = wrk.format("GET", "/api/v1/public/certificates/" .. number)
  end
  math.randomseed(os.time() + tonumber(tostring(requests):match("0x(%x+)") or "0", 16))
end

function request()
  return requests[math.random(#requests)]
end
