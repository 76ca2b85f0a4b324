#!/usr/bin/env bash
# The Docker image can't be built here (no engine), so this builds and runs the standalone
# server exactly as the Dockerfile's stages do: migrate as its own step, build against the
# database, copy the three folders the runner stage copies into an empty directory, and
# start `node runtime/server/serve.mjs` there with only the runner's environment. Then it checks the
# health check, real pages, a bad configuration and graceful shutdown.
set -euo pipefail
cd "$(dirname "$0")/.."

base_url="${STANDALONE_DATABASE_SERVER:-postgres://postgres@127.0.0.1:5432}"
db="newsdesk_standalone_$(date +%s)_$$"
port="${STANDALONE_PORT:-3300}"
runner="$(mktemp -d /tmp/newsdesk-runner.XXXXXX)"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$runner"
  psql "$base_url/postgres" -qc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null || true
}
trap cleanup EXIT
psql "$base_url/postgres" -qc "CREATE DATABASE \"$db\""
export DATABASE_URL="$base_url/$db"

echo "-- migrate stage: npm run db:migrate (then demo content, so there are pages to check)"
npm run --silent db:migrate
DEMO_EDITOR_PASSWORD=standalone-demo-password npm run --silent db:seed >/dev/null

echo "-- build stage: npm run build"
NEXT_TELEMETRY_DISABLED=1 npm run --silent build >/tmp/newsdesk-standalone-build.log 2>&1 || { tail -50 /tmp/newsdesk-standalone-build.log; exit 1; }

echo "-- runner stage: copy .next/standalone, .next/static and public into $runner"
cp -R .next/standalone/. "$runner/"
mkdir -p "$runner/.next" "$runner/data"
rm -rf "$runner/.next/static" "$runner/public"
cp -R .next/static "$runner/.next/static"
cp -R public "$runner/public"

healthcheck() {
  # The Dockerfile's HEALTHCHECK command, word for word.
  (cd "$runner" && PORT="$port" node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))")
}

runner_env=(env -i PATH="$PATH" NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT="$port" HOSTNAME=127.0.0.1
  PGLITE_DATA_DIR="$runner/data/pglite" SITE_URL="http://127.0.0.1:$port")

echo "-- a bad configuration stops the server with one message"
set +e
bad_output="$(cd "$runner" && "${runner_env[@]}" DATABASE_URL="$DATABASE_URL" REDIS_URL=localhost:6379 timeout 60 node runtime/server/serve.mjs 2>&1)"
bad_status=$?
set -e
echo "$bad_output" | grep -A3 "Newsdesk cannot start"
[ "$bad_status" -eq 1 ] || { echo "expected exit 1, got $bad_status"; exit 1; }
echo "$bad_output" | grep -q "AUTH_SECRET: is required in production" || { echo "AUTH_SECRET not named"; exit 1; }
echo "$bad_output" | grep -q "REDIS_URL: must be a redis://" || { echo "REDIS_URL not named"; exit 1; }

echo "-- start: node runtime/server/serve.mjs (the Dockerfile CMD)"
(cd "$runner" && exec "${runner_env[@]}" DATABASE_URL="$DATABASE_URL" AUTH_SECRET="standalone-only-secret-standalone-only-secret" \
  node runtime/server/serve.mjs >/tmp/newsdesk-standalone.log 2>&1) &
server_pid=$!
for _ in $(seq 1 60); do healthcheck && break; sleep 0.5; done
healthcheck || { echo "health check failed"; cat /tmp/newsdesk-standalone.log; exit 1; }
curl -fsS "http://127.0.0.1:$port/api/health"; echo

check() {
  local path="$1" expected="$2" status
  status="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path")"
  echo "GET $path -> $status"
  [ "$status" = "$expected" ] || { cat /tmp/newsdesk-standalone.log; exit 1; }
}
article="$(psql "$DATABASE_URL" -Atc "select slug from articles where status = 'published' order by published_at desc limit 1")"
check / 200
check "/articles/$article" 200
check /articles/no-such-story 404
check /search?q=the 200
check /feed.xml 200
check /admin 302
# The first match by bash's own regex: `grep | head -1` under pipefail fails at random when
# head exits before grep has written everything (SIGPIPE, exit 141).
home="$(curl -fsS "http://127.0.0.1:$port/")"
first_match() { [[ $2 =~ $1 ]] && echo "${BASH_REMATCH[0]}"; }
# Readers' pages go out without the framework's scripts (runtime/server/script-free-pages.mjs);
# the sign-in page, rendered per request, keeps them.
if first_match '<script[^>]* src=' "$home" >/dev/null; then echo "the home page still loads scripts"; exit 1; fi
echo "GET / -> no script files"
signin="$(curl -fsS "http://127.0.0.1:$port/signin")"
chunk="$(first_match '/_next/static/[^"]*\.js' "$signin" || true)"
[ -n "$chunk" ] || { echo "no script on the sign-in page"; exit 1; }
check "$chunk" 200

echo "-- a script answered from memory in front of Next: gzipped once, our strong ETag, the configured headers"
chunk_headers="$(curl -fsS -D - -o /dev/null -H 'accept-encoding: gzip' "http://127.0.0.1:$port$chunk")"
for header in "content-encoding: gzip" "cache-control: public, max-age=31536000, immutable" "x-frame-options: DENY" 'etag: "'; do
  grep -qiF "$header" <<<"$chunk_headers" || { echo "missing: $header"; echo "$chunk_headers"; exit 1; }
done

echo "-- robots.txt, prerendered once at build, answered the same way, with the route cache's edge lifetime"
robots_headers="$(curl -fsS -D "$runner/robots-headers" -o "$runner/robots.txt" "http://127.0.0.1:$port/robots.txt" && cat "$runner/robots-headers")"
for header in "content-type: text/plain" "cache-control: public, max-age=0, s-maxage=60, stale-if-error=86400" "x-frame-options: DENY" 'etag: "'; do
  grep -qiF "$header" <<<"$robots_headers" || { echo "missing: $header"; echo "$robots_headers"; exit 1; }
done
grep -qF "Disallow: /admin" "$runner/robots.txt" || { echo "robots.txt without its rules"; cat "$runner/robots.txt"; exit 1; }

echo "-- the home page asked twice: the second answered from the page cache in front of Next, whole"
curl -fsS -o "$runner/home-1" -H 'accept-encoding: gzip' "http://127.0.0.1:$port/"
home_headers="$(curl -fsS -D - -o "$runner/home-2" -H 'accept-encoding: gzip' "http://127.0.0.1:$port/")"
cmp <(gunzip -c "$runner/home-1") <(gunzip -c "$runner/home-2")
for header in "content-length: $(stat -c %s "$runner/home-2")" "content-encoding: gzip" "x-frame-options: DENY" \
  "cache-control: public, max-age=0, s-maxage=31536000"; do
  grep -qiF "$header" <<<"$home_headers" || { echo "missing: $header"; echo "$home_headers"; exit 1; }
done

echo "-- a picture variant asked twice: the second answered from memory in front of Next"
variant="$(first_match '/media/i/[0-9a-f]*\.[a-z]*' "$home" || true)"
[ -n "$variant" ] || { echo "no picture on the home page"; exit 1; }
curl -fsS -o "$runner/variant-1" "http://127.0.0.1:$port$variant"
headers="$(curl -fsS -D - -o "$runner/variant-2" "http://127.0.0.1:$port$variant")"
cmp "$runner/variant-1" "$runner/variant-2"
for header in "content-length: $(stat -c %s "$runner/variant-2")" "content-security-policy: default-src 'none'; sandbox" \
  "x-frame-options: DENY" "cache-control: public, max-age=31536000, immutable"; do
  grep -qiF "$header" <<<"$headers" || { echo "missing: $header"; echo "$headers"; exit 1; }
done
echo "GET $variant twice -> the same bytes, the second with Content-Length and every header"

echo "-- SIGTERM with requests in flight: every request answers, then the server exits"
outcomes="$(node .ci/requests-in-flight.mjs "$port" "$server_pid" 20)"
set +e
wait "$server_pid"
exit_status=$?
set -e
server_pid=""
answered="$(tr ' ' '\n' <<<"$outcomes" | grep -c '^200$' || true)"
echo "in-flight requests: $outcomes"
echo "answered 200: $answered/20; server exit status $exit_status"
grep -q '"msg":"shutting down' /tmp/newsdesk-standalone.log || { echo "no shutdown log line"; cat /tmp/newsdesk-standalone.log; exit 1; }
[ "$exit_status" -eq 143 ] || { echo "expected exit 143 (SIGTERM handled)"; exit 1; }
[ "$answered" -eq 20 ] || { echo "requests were cut off"; exit 1; }
echo "-- standalone server: OK"
