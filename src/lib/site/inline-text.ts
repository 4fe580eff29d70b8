/** Inline **bold** in a front-matter text field, as text pieces for a template to render; never HTML. */

export interface TextPiece {
  text: string;
  bold: boolean;
}

const BOLD = /\*\*(.+?)\*\*/g;

/**
 * `text` cut into plain and bold pieces at each `**…**` pair. Nothing else is markup: the pieces are
 * text, and the template escapes them like any other value, so a tag in a field shows as a tag.
 */
export function boldPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let end = 0;
  for (const match of text.matchAll(BOLD)) {
    if (match.index > end) pieces.push({ text: text.slice(end, match.index), bold: false });
    pieces.push({ text: match[1], bold: true });
    end = match.index + match[0].length;
  }
  if (end < text.length) pieces.push({ text: text.slice(end), bold: false });
  return pieces;
}
