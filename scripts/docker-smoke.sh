#!/bin/sh
# Builds the production image and checks it as a platform would: it becomes healthy through its own
# HEALTHCHECK, serves /healthz, the wizard and a permalink with the security headers, runs as an
# unprivileged user, and stops promptly on SIGTERM. Needs a running Docker daemon.
#   sh scripts/docker-smoke.sh                       # FROM the Dockerfile's pinned Node.js image
#   NODE_IMAGE=my-mirror/node:20.20.2-bookworm-slim sh scripts/docker-smoke.sh
set -eu
cd "$(dirname "$0")/.."
image=kafka-replication-advisor:smoke
name=kafka-replication-advisor-smoke
port=${SMOKE_PORT:-3300}

if [ -n "${NODE_IMAGE:-}" ]; then
  docker build --build-arg "NODE_IMAGE=$NODE_IMAGE" -t "$image" .
else
  docker build -t "$image" .
fi
docker rm -f "$name" >/dev/null 2>&1 || true
docker run -d --name "$name" -p "$port:3000" "$image" >/dev/null
trap 'docker rm -f "$name" >/dev/null 2>&1 || true' EXIT

fail() {
  echo "FAIL: $*" >&2
  docker logs "$name" >&2 || true
  exit 1
}

# The image's own HEALTHCHECK (start period 15 s, every 30 s) decides "healthy".
i=0
until [ "$(docker inspect -f '{{.State.Health.Status}}' "$name")" = healthy ]; do
  i=$((i + 1))
  [ "$i" -le 60 ] || fail "not healthy after 60 s"
  sleep 1
done
echo "ok: healthy after ${i} s (HEALTHCHECK)"

user=$(docker exec "$name" id -u)
[ "$user" != 0 ] || fail "the server runs as root"
echo "ok: runs as uid $user"

base="http://127.0.0.1:$port"
curl -fsS -D /tmp/smoke-healthz.h "$base/healthz" | grep -q '"status":"ok"' || fail "/healthz"
grep -qi '^cache-control: no-store' /tmp/smoke-healthz.h || fail "/healthz is cacheable"
echo "ok: /healthz $(curl -fsS "$base/healthz")"

for path in "/" "/result?v=1&goal=dr&accounts=cross"; do
  curl -fsS -D /tmp/smoke-page.h -o /tmp/smoke-page.html "$base$path" || fail "GET $path"
  csp=$(grep -i '^content-security-policy:' /tmp/smoke-page.h) || fail "no Content-Security-Policy on $path"
  script_src=$(printf '%s' "$csp" | tr ';' '\n' | grep 'script-src')
  case "$script_src" in *unsafe-inline* | *unsafe-eval*) fail "script-src allows inline or eval on $path" ;; esac
  grep -qi '^x-frame-options: DENY' /tmp/smoke-page.h || fail "no X-Frame-Options on $path"
  grep -qi '^x-content-type-options: nosniff' /tmp/smoke-page.h || fail "no nosniff on $path"
  grep -q 'Kafka Replication Advisor' /tmp/smoke-page.html || fail "$path is not the app"
  case "$path" in /result*) printf '%s' "$csp" | grep -q "'nonce-" || fail "no nonce on $path" ;; esac
  echo "ok: GET $path $(wc -c < /tmp/smoke-page.html) bytes with CSP, X-Frame-Options and nosniff"
done

start=$(date +%s)
docker stop -t 20 "$name" >/dev/null
took=$(($(date +%s) - start))
code=$(docker inspect -f '{{.State.ExitCode}}' "$name")
[ "$took" -lt 20 ] || fail "SIGTERM did not stop the server (killed after ${took} s)"
# Next.js's server finishes the requests under way, then exits with 143 (128 + SIGTERM) on purpose.
[ "$code" = 143 ] || [ "$code" = 0 ] || fail "exit code $code after SIGTERM"
echo "ok: stopped on SIGTERM in ${took} s (exit code $code)"
