/** One color per Neo4j label, shared by kind badges and graph nodes so they read alike. */
export const KIND_COLORS: Record<string, string> = {
  Government: '#c2410c',
  Agency: '#b45309',
  Initiative: '#7c3aed',
  Consortium: '#0369a1',
  Organization: '#15803d',
  Funding: '#be123c',
  FocusArea: '#4d7c0f',
  Model: '#a21caf',
  Article: '#525252',
};

/** Color of a label; grey for one the explorer does not know. */
export function colorOfKind(kind: string): string {
  return KIND_COLORS[kind] ?? '#525252';
}

/** Human name of a label ("FocusArea" → "Focus area"). */
export function kindName(kind: string): string {
  return kind === 'FocusArea' ? 'Focus area' : kind;
}
