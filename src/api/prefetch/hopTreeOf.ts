import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type FieldsByTypeName, type ResolveTree } from 'graphql-parse-resolve-info';
import type { Hop, HopTree, RelationType } from '../../graph';
import { pageWindow } from '../common/paginate';
import { FIELD_HOPS, type FieldHop } from './fieldHops';

/** Deepest prefetch: the query depth limit bounds it anyway; this bounds the statement's size. */
const MAX_PREFETCH_DEPTH = 4;

/** The fields selected on `typeName` in a set of selections (fragments and aliases merged). */
function fieldsOf(trees: ResolveTree[], typeName: string): ResolveTree[] {
  return trees.flatMap((t) => Object.values(t.fieldsByTypeName[typeName] ?? {}));
}

/** The selections at `path` under `trees`, whatever object types they are selected on. */
export function descend(trees: ResolveTree[], path: string[]): ResolveTree[] {
  let level = trees;
  for (const name of path) {
    level = level.flatMap((t) => Object.values(t.fieldsByTypeName as FieldsByTypeName).flatMap((fields) => Object.values(fields))).filter((f) => f.name === name);
  }
  return level;
}

/** The page a connection field asks for; undefined (read all) when its arguments are invalid (the resolver reports them). */
function windowOf(field: ResolveTree, firstIf: RelationType | undefined): Hop['evidenceWindow'] {
  try {
    const { offset, limit } = pageWindow(field.args.first as number | undefined, field.args.after as string | undefined);
    return { offset, limit, firstIf };
  } catch {
    return undefined;
  }
}

/** The relationships a selection on `typeName` will load, as a hop tree. */
function treeFor(trees: ResolveTree[], typeName: string, depth: number): HopTree {
  if (depth >= MAX_PREFETCH_DEPTH || trees.length === 0) return { hops: [] };
  // Fields that follow the same relationship (aliases, or `leader` beside
  // `members`) share one read, with everything any of them selects.
  const uses = new Map<string, Array<{ spec: FieldHop; field: ResolveTree }>>();
  for (const field of fieldsOf(trees, typeName)) {
    for (const spec of FIELD_HOPS[`${typeName}.${field.name}`] ?? []) {
      const key = `${spec.type}|${spec.direction}|${spec.toLabel}`;
      uses.set(key, [...(uses.get(key) ?? []), { spec, field }]);
    }
  }
  const hops: Hop[] = [];
  for (const group of uses.values()) {
    const { type, direction, toLabel } = group[0].spec;
    const childTrees = group.flatMap(({ spec, field }) => (spec.nodeAt ? descend([field], spec.nodeAt) : []));
    const evidence = group.some(({ spec, field }) => spec.evidenceAt !== undefined && descend([field], spec.evidenceAt).length > 0);
    // A page window holds only when one paginated field is the sole reader.
    const only = group.length === 1 ? group[0] : undefined;
    const evidenceWindow = only?.spec.paged ? windowOf(only.field, only.spec.paged.firstIf) : undefined;
    // Each label's GraphQL object type carries the label's name.
    hops.push({ type, direction, toLabel, evidence, evidenceWindow, children: treeFor(childTrees, toLabel, depth + 1) });
  }
  return { hops };
}

/**
 * What a root field that returns one `typeName` will follow, read from the
 * request's selection set (fragments, aliases, @skip/@include applied).
 */
export function hopTreeOf(info: GraphQLResolveInfo, typeName: string): HopTree {
  return treeFor(rootSelection(info), typeName, 0);
}

/** The request's selection of the current root field, as a list for `descend`. */
export function rootSelection(info: GraphQLResolveInfo): ResolveTree[] {
  const root = parseResolveInfo(info);
  return root && 'fieldsByTypeName' in root ? [root as ResolveTree] : [];
}
