/** /error/?code=N, the form of Microsoft's error links: goes to the code's page, or to what the lookup box gives a code without one. */
import { errorLinkTarget } from '../lib/paste/error-link.ts';
import { codeUrl, searchUrl } from '../lib/site/urls.ts';
import { readKnownCodes } from './known-codes.ts';

const form = document.querySelector<HTMLFormElement>('form[data-lookup]');
const target = form ? errorLinkTarget(location.search, readKnownCodes(form)) : { kind: 'no-code' as const };

// replace(), not assign(): Back should return to where the link was clicked, not to this page.
if (target.kind === 'code-page') location.replace(codeUrl(target.code));
else if (target.kind === 'unknown-code') location.replace(searchUrl(`AADSTS${target.code}`));
else document.querySelector<HTMLElement>('[data-no-code]')?.removeAttribute('hidden');
