/** Asserts something that can only be false through a bug in our code. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`invariant failed: ${message}`);
}

/** Ends an exhaustive switch: TypeScript flags a kind that was not handled. */
export function unreachable(value: never): never {
  throw new Error(`invariant failed: unhandled case ${JSON.stringify(value)}`);
}
