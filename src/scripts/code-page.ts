/** Code page: copy-link buttons, the copy-query button and the ticket note. */
import { copyWithFeedback } from './clipboard.ts';
import { takePastedText } from './handoff.ts';
import { parseErrorDetails } from '../lib/error-details.ts';
import { displaySafe } from '../lib/paste-text.ts';
import { ticketNote, type TicketNoteInput } from '../lib/ticket-note.ts';

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const url = new URL(location.href);
    url.search = '';
    url.hash = button.dataset.copyLink ?? '';
    void copyWithFeedback(button, url.href);
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-text="kql"]')) {
  const query = button.closest('p')?.previousElementSibling?.textContent ?? '';
  button.hidden = false;
  button.addEventListener('click', () => void copyWithFeedback(button, query));
}

const section = document.querySelector<HTMLElement>('[data-ticket]');
if (section) {
  const base = JSON.parse(section.dataset.ticket ?? '{}') as Omit<TicketNoteInput, 'details'>;
  // Link the page on the host it was opened from (the dev server, a preview), not the configured site.
  base.url = new URL(new URL(base.url).pathname, location.origin).href;
  const textarea = section.querySelector('textarea');
  const preview = section.querySelector<HTMLElement>('[data-ticket-preview]');
  const copy = section.querySelector<HTMLButtonElement>('[data-copy-ticket]');
  const current = () => ticketNote({ ...base, details: parseErrorDetails(textarea?.value ?? '') });
  const refresh = () => {
    if (preview) preview.textContent = current();
  };
  const pasted = takePastedText(base.code);
  if (textarea && pasted) textarea.value = displaySafe(pasted);
  textarea?.addEventListener('input', refresh);
  refresh();
  if (copy) {
    copy.hidden = false;
    copy.addEventListener('click', () => void copyWithFeedback(copy, current()));
  }
}
