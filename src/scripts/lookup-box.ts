/** Sends a pasted code straight to its page, so that pasted error text never travels in a URL. */
import { extractCode } from '../lib/extract-code.ts';
import { codeUrl } from '../lib/urls.ts';
import { handOffPastedText } from './handoff.ts';
import { readKnownCodes } from './known-codes.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-lookup]')) {
  const known = readKnownCodes(form);
  const field = form.querySelector('textarea');
  field?.addEventListener('keydown', (event) => {
    // Enter looks up; Shift+Enter adds a line for pasting by hand.
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener('submit', (event) => {
    const text = field?.value ?? '';
    const found = extractCode(text, known.isKnown);
    if (found && known.hasPage(found.code)) {
      event.preventDefault();
      handOffPastedText(found.code, text);
      location.assign(codeUrl(found.code));
    }
  });
}
