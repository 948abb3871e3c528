#!/usr/bin/env bash
# check-caddy.sh BASE_URL: what the Caddyfile promises, checked against a running Caddy + Leadline.
set -uo pipefail
base="$1"
failures=0
check() { # check DESCRIPTION COMMAND...
  if "${@:2}"; then echo "  ok   $1"; else echo "  FAIL $1"; failures=$((failures + 1)); fi
}
for _ in $(seq 1 50); do curl -sf -o /dev/null "$base/" && break; sleep 0.2; done

headers="$(curl -s -D - -o /dev/null "$base/")"
has_header() { grep -qi "^$1" <<<"$headers"; }
check "dashboard index served at /" bash -c "curl -sf '$base/' | grep -q '<div id=\"root\"'"
check "client route /contacts falls back to index.html" bash -c "curl -sf '$base/contacts' | grep -q '<div id=\"root\"'"
check "CSP without unsafe-inline, frame-ancestors none" bash -c \
  "grep -i '^content-security-policy' <<<\"\$0\" | grep -q \"frame-ancestors 'none'\" && ! grep -i '^content-security-policy' <<<\"\$0\" | grep -q unsafe-inline" "$headers"
check "nosniff" has_header "x-content-type-options: nosniff"
check "Referrer-Policy" has_header "referrer-policy:"
check "HSTS" has_header "strict-transport-security: max-age="
check "index.html revalidated (no-cache)" has_header "cache-control: no-cache"
asset="$(curl -sf "$base/" | grep -oE '/assets/[^"]+\.js' | head -1)"
check "hashed asset cached for a year, immutable" bash -c \
  "curl -sf -D - -o /dev/null '$base$asset' | grep -qi '^cache-control: public, max-age=31536000, immutable'"
check "/api/v1/status proxied to the app" bash -c "curl -sf '$base/api/v1/status' | grep -q '\"name\":\"Leadline\"'"
check "/actuator/health proxied to the app" bash -c "curl -sf '$base/actuator/health' | grep -q UP"
check "/actuator/prometheus is not exposed publicly" bash -c "! curl -sf '$base/actuator/prometheus' | grep -q jvm_"
echo "caddy: $failures failed"
exit $((failures > 0))
