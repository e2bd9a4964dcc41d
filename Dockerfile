# The API image for docker-compose.yml; it always talks to an external Neo4j (NEO4J_URI).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY schema ./schema
COPY seeds ./seeds
COPY bin ./bin
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund && npm prune --omit=dev
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["node", "dist/cli/main.js", "serve"]
