/** Reads the lists of codes with pages and wanted codes that the page embeds on the lookup form. */
export interface KnownCodes {
  hasPage: (code: number) => boolean;
  isWanted: (code: number) => boolean;
  isKnown: (code: number) => boolean;
}

function numbers(list: string | undefined): Set<number> {
  return new Set((list ?? '').split(' ').filter(Boolean).map(Number));
}

export function readKnownCodes(element: HTMLElement): KnownCodes {
  const pages = numbers(element.dataset.pages);
  const wanted = numbers(element.dataset.wanted);
  return {
    hasPage: (code) => pages.has(code),
    isWanted: (code) => wanted.has(code),
    isKnown: (code) => pages.has(code) || wanted.has(code),
  };
}
