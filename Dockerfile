# syntax=docker/dockerfile:1.10
#
# Newsdesk on any container host. Three targets:
#   migrate  a one-off job that brings the database schema up to date (run before a deploy)
#   build    the production build (reads the database: pages are prerendered from it)
#   runner   the image you run: the standalone server only, as a non-root user
#
#   docker build --target migrate -t newsdesk-migrate .
#   docker run --rm -e DATABASE_URL newsdesk-migrate
#   DATABASE_URL=... docker build --secret id=DATABASE_URL,env=DATABASE_URL -t newsdesk .
#   docker run -p 3000:3000 -e DATABASE_URL -e AUTH_SECRET -e SITE_URL newsdesk
#
# .ci/standalone.sh builds and starts the standalone output exactly as these stages do;
# keep the two in step.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS migrate
COPY tsconfig.json drizzle.config.ts ./
COPY drizzle ./drizzle
COPY db ./db
COPY lib ./lib
COPY runtime ./runtime
USER node
CMD ["npm", "run", "db:migrate"]

FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
# One id per release, the same on every instance (see README, "Several instances").
ARG NEXT_DEPLOYMENT_ID=""
ENV NEXT_DEPLOYMENT_ID=${NEXT_DEPLOYMENT_ID}
# Secrets reach the build as mounts, never as layers: the database the pages are
# prerendered from, and the key server actions are encrypted with (it must match at run).
RUN --mount=type=secret,id=DATABASE_URL,env=DATABASE_URL \
    --mount=type=secret,id=NEXT_SERVER_ACTIONS_ENCRYPTION_KEY,env=NEXT_SERVER_ACTIONS_ENCRYPTION_KEY \
    npm run build

FROM ${NODE_IMAGE} AS runner
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    PGLITE_DATA_DIR=/app/data/pglite
RUN groupadd --system --gid 1001 newsdesk \
 && useradd --system --uid 1001 --gid newsdesk --home-dir /app newsdesk \
 && mkdir -p /app/data && chown newsdesk:newsdesk /app/data
COPY --from=build --chown=newsdesk:newsdesk /app/.next/standalone ./
COPY --from=build --chown=newsdesk:newsdesk /app/.next/static ./.next/static
COPY --from=build --chown=newsdesk:newsdesk /app/public ./public
USER newsdesk
EXPOSE 3000
# Only with no DATABASE_URL: the embedded database lives here; mount a volume to keep it.
VOLUME ["/app/data"]
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node runs as PID 1, so SIGTERM reaches the server itself: it finishes in-flight requests
# (publishing runs among them) and exits.
STOPSIGNAL SIGTERM
CMD ["node", "--max-old-space-size=320", "runtime/server/serve.mjs"]
