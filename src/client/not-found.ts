/** 404 page: when the missing path names a code, say that we lack it and where else to look. */
import { extractCode } from '../lib/paste/extract-code.ts';
import { lastPathSegment } from '../lib/paste/path-segment.ts';
import { codeUrl } from '../lib/site/urls.ts';
import { officialLookupUrl } from '../site.ts';
import { readKnownCodes } from './known-codes.ts';

const form = document.querySelector<HTMLFormElement>('form[data-lookup]');
const notice = document.querySelector<HTMLElement>('[data-missing-code]');
const path = lastPathSegment(location.pathname);
const found = form ? extractCode(path, readKnownCodes(form).isKnown) : null;

if (found && form && readKnownCodes(form).hasPage(found.code)) {
  location.replace(codeUrl(found.code));
} else if (found && notice) {
  notice.querySelector('[data-missing-label]')!.textContent = `AADSTS${found.code}`;
  notice.querySelector<HTMLAnchorElement>('[data-official-link]')!.href = officialLookupUrl(found.code);
  notice.hidden = false;
}
