-- wrk script for the soak run: a kiosk's mix of traffic, one request kind after another.
local requests = {
  {"GET", "/", nil}, {"GET", "/app.js", nil}, {"GET", "/s/demo", nil}, {"GET", "/s/demo/qr.png", nil},
  {"GET", "/api/v1/diagnostic", nil}, {"GET", "/s/demo/poster?format=A5", nil}, {"GET", "/d/vitrine", nil},
  {"POST", "/api/v1/sessions", '{"language":"fr"}'}, {"GET", "/healthz", nil}, {"GET", "/s/demo.vcf", nil},
}
local counter = 0
request = function()
  counter = counter + 1
  local r = requests[(counter % #requests) + 1]
  local headers = {}
  if r[3] then headers["Content-Type"] = "application/json" end
  return wrk.format(r[1], r[2], headers, r[3])
end
