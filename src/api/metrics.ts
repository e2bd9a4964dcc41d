import type { ApolloServerPlugin } from '@apollo/server';
import client from 'prom-client';
import type { Graph } from '../graph';

const MAX_OPERATION_LABELS = 200;

/** Prometheus metrics of one API process, in a registry of its own. */
export interface ApiMetrics {
  registry: client.Registry;
  plugin: ApolloServerPlugin;
}

/**
 * Request count and latency by GraphQL operation, Neo4j statement latency by
 * access mode, and the default process metrics (RSS, event loop lag …).
 */
export function createMetrics(graph: Graph): ApiMetrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const requests = new client.Counter({
    name: 'sovgraph_graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new client.Histogram({
    name: 'sovgraph_graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation name',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const neo4jLatency = new client.Histogram({
    name: 'sovgraph_neo4j_query_duration_seconds',
    help: 'Neo4j statement latency by access mode and outcome',
    labelNames: ['mode', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [registry],
  });
  graph.onQuery(({ mode, seconds, ok }) => neo4jLatency.observe({ mode, outcome: ok ? 'ok' : 'error' }, seconds));

  // Operation names come from clients: cap how many distinct labels they can create.
  const seen = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    const op = name && /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) ? name : 'anonymous';
    if (seen.has(op)) return op;
    if (seen.size >= MAX_OPERATION_LABELS) return 'other';
    seen.add(op);
    return op;
  };

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      const stop = latency.startTimer();
      return {
        async willSendResponse({ request, errors, operationName }) {
          const operation = operationLabel(operationName ?? request.operationName);
          stop({ operation });
          requests.inc({ operation, outcome: errors?.length ? 'error' : 'ok' });
        },
      };
    },
  };
  return { registry, plugin };
}
