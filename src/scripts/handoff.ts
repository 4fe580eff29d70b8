/** Carries the pasted error text from the lookup to the code page inside this browser tab, never over the network. */
const KEY = 'entra-error-atlas:pasted';

export function handOffPastedText(code: number, text: string): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ code, text }));
  } catch {
    // Storage can be disabled; the ticket note then asks for the IDs instead.
  }
}

/** The text pasted for this code in this tab, if any; read once. */
export function takePastedText(code: string): string | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as { code: number; text: string } | null;
    if (stored && String(stored.code) === code) {
      sessionStorage.removeItem(KEY);
      return stored.text;
    }
  } catch {
    // Unreadable storage is the same as none.
  }
  return undefined;
}

const QUERY_KEY = 'entra-error-atlas:query';

/** Carries a search from the header box to /search/ without putting the text in the address. */
export function carryQuery(text: string): boolean {
  try {
    sessionStorage.setItem(QUERY_KEY, text);
    return true;
  } catch {
    return false;
  }
}

/** The search carried to this page, if any; read once. */
export function takeCarriedQuery(): string | undefined {
  try {
    const text = sessionStorage.getItem(QUERY_KEY);
    sessionStorage.removeItem(QUERY_KEY);
    return text ?? undefined;
  } catch {
    return undefined;
  }
}
