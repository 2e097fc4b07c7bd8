/** A JSON array-of-strings column (coordinators, stop codes); anything else reads as empty rather than failing a page. */
export function parseStringArray(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
