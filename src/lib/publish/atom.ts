/** An Atom (RFC 4287) feed of the list of changes. */
import { changeHeadline, type Change } from './changes.ts';
import { xmlSafe } from '../site/control-characters.ts';

// Characters XML forbids go before the markup is escaped: a title or message may hold anything the catalogue lets through.
const escapeXml = (text: string) => xmlSafe(text).replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`);

export interface FeedInput {
  title: string;
  pageUrl: string;
  feedUrl: string;
  changes: readonly Change[];
  codeUrl: (code: number) => string;
  /** Entries in the feed, newest first; readers only need the recent ones. */
  limit?: number;
}

export function atomFeed({ title, pageUrl, feedUrl, changes, codeUrl, limit = 50 }: FeedInput): string {
  const entries = changes.slice(0, limit).map((change) => {
    const id = `${pageUrl}#${change.date}-${change.kind}`;
    const list = change.codes.map((entry) => `<li><a href="${escapeXml(codeUrl(entry.code))}">AADSTS${entry.code}</a>: ${escapeXml(entry.title)}</li>`).join('');
    return `  <entry>
    <id>${escapeXml(id)}</id>
    <title>${escapeXml(`${change.date}: ${changeHeadline(change)}`)}</title>
    <updated>${change.date}T00:00:00Z</updated>
    <link rel="alternate" href="${escapeXml(id)}"/>
    <content type="html">${escapeXml(`<ul>${list}</ul>`)}</content>
  </entry>`;
  });
  const updated = changes[0]?.date ?? '1970-01-01';
  // Stryker disable next-line StringLiteral: the line breaks between entries are whitespace that XML readers ignore.
  const body = entries.join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(title)}</title>
  <id>${escapeXml(feedUrl)}</id>
  <link rel="self" href="${escapeXml(feedUrl)}"/>
  <link rel="alternate" href="${escapeXml(pageUrl)}"/>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>${escapeXml(title.split(':')[0])}</name></author>
${body}
</feed>
`;
}
