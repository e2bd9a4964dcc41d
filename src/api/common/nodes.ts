import type { NodeProps } from '../loaders';

/** Creates an instance of an entity type from stored node properties. */
export function fromNode<T extends object>(Type: new () => T, props: NodeProps | Record<string, unknown>): T {
  const p = props as Record<string, unknown>;
  return Object.assign(new Type(), p, { aliases: (p.aliases as string[] | undefined) ?? [] });
}

/** Returns `value` when it is a finite number (neo4j may hand back null). */
export function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
