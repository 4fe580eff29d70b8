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
// A search the header box carried here: entered on this device too, on the page before.
let carried: string | undefined;

// Boxes fold look-alike characters and cut long text before they search, so compare what is left.
const comparable = (text: string) => text.normalize('NFKC').trim();

function enteredOnThisDevice(text: string): boolean {
  const wanted = comparable(text);
  if (wanted === '') return false;
  if (carried !== undefined && comparable(carried).startsWith(wanted)) return true;
  return [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].some(
    (field) => edited.has(field) && comparable(field.value).startsWith(wanted),
  );
}

/** Keeps `text` for the page of `code`, if the person entered it on this device: never text from a link. */
export function handOffPastedText(code: number, text: string): void {
  if (!enteredOnThisDevice(text)) return;
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
    carried = text ?? undefined;
    return carried;
  } catch {
    return undefined;
  }
}
