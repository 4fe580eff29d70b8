/** Sends a pasted code straight to its page, so that pasted error text never travels in a URL. */
import { planLookup } from '../lib/paste/lookup-plan.ts';
import { codeUrl, searchUrl } from '../lib/site/urls.ts';
import { handOffPastedText } from './handoff.ts';
import { readKnownCodes } from './known-codes.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-lookup]')) {
  const known = readKnownCodes(form);
  const field = form.querySelector('textarea');
  const message = form.querySelector<HTMLElement>('[data-lookup-message]');
  // The limit protects the address of a form sent without JavaScript; here the text stays in the page.
  field?.removeAttribute('maxlength');
  field?.addEventListener('keydown', (event) => {
    // Enter looks up; Shift+Enter adds a line for pasting by hand.
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  field?.addEventListener('input', () => {
    if (message) message.textContent = '';
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = field?.value ?? '';
    const plan = planLookup(text, known);
    if (plan.kind === 'code-page') {
      handOffPastedText(plan.code, text);
      location.assign(codeUrl(plan.code));
    } else if (plan.kind === 'search') {
      location.assign(searchUrl(plan.query));
    } else if (message) {
      message.textContent = plan.message;
    }
  });
}
