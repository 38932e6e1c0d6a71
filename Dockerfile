# syntax=docker/dockerfile:1
# The production app as one image: the Next.js standalone server on Node.js 20.
#   docker build -t kafka-replication-advisor .
#   docker run --rm -p 3000:3000 kafka-replication-advisor
# Stateless: run as many as the load needs behind a load balancer (README, "Deploy").

# Pinned by version; the same Node.js the project is tested on (package.json "engines": >=20.9).
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

# Only the standalone server (with the few node_modules it traced), the browser assets and public/.
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
# The files stay owned by root and read-only to the server, which runs as the image's unprivileged user.
USER node
EXPOSE 3000
# Slim images have no curl: Node's own fetch asks /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# server.js stops accepting connections and finishes the requests under way on SIGTERM, then exits.
STOPSIGNAL SIGTERM
CMD ["node", "server.js"]
