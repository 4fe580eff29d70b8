/** The words the pages use, most common first: the search corrects a mistyped word to the closest of these. */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../lib/catalog/catalog.ts';

export const GET: APIRoute = async () => {
  const catalog = await loadCatalog();
  const texts = [
    ...catalog.codes.flatMap((code) => [code.data.title, code.data.summary, ...code.data.symptoms]),
    ...[...catalog.causes.values()].flatMap((cause) => [cause.data.title, cause.data.summary]),
    ...[...catalog.fixes.values()].flatMap((fix) => [fix.data.title, fix.data.summary]),
  ];
  const counts = new Map<string, number>();
  for (const word of texts.join(' ').toLowerCase().split(/[^\p{L}]+/u)) {
    if (word.length >= 4) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const words = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
  return Response.json(words);
};
