/** Event wiring for the checker's page parts: one list of listeners, added at once and removed at once. */
export type Listener = [EventTarget | null | undefined, string, (event: Event) => void];

/** Adds the listeners (a missing target is skipped); returns what removes them all. */
export function listen(listeners: readonly Listener[]): () => void {
  for (const [target, type, listener] of listeners) target?.addEventListener(type, listener);
  return () => {
    for (const [target, type, listener] of listeners) target?.removeEventListener(type, listener);
  };
}
