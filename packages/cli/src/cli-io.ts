const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Audit identity of CLI imports and exports: an operator at the console, not a user account. */
export const CLI_ACTOR = { actorLabel: 'cli' };

export function requireUuid(value: string, what: string): string {
  if (!UUID.test(value)) throw new Error(`${what} must be a UUID, got "${value}"`);
  return value;
}
