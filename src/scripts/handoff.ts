/**
 * Carries the pasted error text from the lookup to the code page inside this browser tab, never over the
 * network; and only text the person pasted or typed on this device, never text that came in a link.
 */
const KEY = 'entra-error-atlas:pasted';

// Fields the person has typed or pasted into on this page. A script that fills a field from the
// address (`/search/?q=…`) fires no trusted input event, so a crafted link cannot put made-up IDs
// into someone's ticket note.
const edited = new WeakSet<EventTarget>();
document.addEventListener(
  'input',
  (event) => {
    if (event.isTrusted && event.target) edited.add(event.target);
  },
  true,
);

function enteredOnThisPage(text: string): boolean {
  const wanted = text.trim();
  return [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].some(
    (field) => edited.has(field) && field.value.trim() === wanted,
  );
}

/** Keeps `text` for the page of `code`, if the person entered it in a field of this page. */
export function handOffPastedText(code: number, text: string): void {
  if (!enteredOnThisPage(text)) return;
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
