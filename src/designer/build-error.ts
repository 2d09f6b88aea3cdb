/** A build error as one short line for the page (a lesson error's problem, without the file and field). */
export function buildErrorText(e: unknown): string {
  const text = e instanceof Error ? ((e as { problem?: string }).problem ?? e.message) : String(e);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
