import { describe, expect, it } from 'vitest';
import { componentsToHtml } from '../../src/loaders/text-mdx.ts';

describe('rendering content MDX as Markdown', () => {
  it('turns a note into the HTML the site styles, leaving its Markdown to render', () => {
    const html = componentsToHtml('Before.\n\n<Note>\nDo **not** approve it.\n</Note>\n');
    expect(html).toContain('<div class="note" role="note">\n\n\nDo **not** approve it.\n\n\n</div>');
    expect(html).not.toContain('<Note>');
  });

  it('leaves text without components unchanged', () => {
    expect(componentsToHtml('Plain **text**.\n')).toBe('Plain **text**.\n');
  });
});
