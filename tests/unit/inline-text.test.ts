import { describe, expect, it } from 'vitest';
import { boldPieces } from '../../src/lib/site/inline-text.ts';

describe('boldPieces', () => {
  it('cuts a field at each **bold** pair', () => {
    expect(boldPieces('The **Sign on URL** and the **Reply URL** of the app')).toEqual([
      { text: 'The ', bold: false },
      { text: 'Sign on URL', bold: true },
      { text: ' and the ', bold: false },
      { text: 'Reply URL', bold: true },
      { text: ' of the app', bold: false },
    ]);
  });

  it('starts and ends with bold without empty plain pieces, also between two bold pairs', () => {
    expect(boldPieces('**Sign on URL****Reply URL** of the app')).toEqual([
      { text: 'Sign on URL', bold: true },
      { text: 'Reply URL', bold: true },
      { text: ' of the app', bold: false },
    ]);
    expect(boldPieces('Open **Settings**')).toEqual([
      { text: 'Open ', bold: false },
      { text: 'Settings', bold: true },
    ]);
  });

  it('leaves text without pairs, and an unpaired **, as one plain piece', () => {
    expect(boldPieces('The time of the failed sign-in')).toEqual([{ text: 'The time of the failed sign-in', bold: false }]);
    expect(boldPieces('2 ** 10 bytes')).toEqual([{ text: '2 ** 10 bytes', bold: false }]);
  });

  it('keeps markup as text, inside bold as well as outside', () => {
    const pieces = boldPieces('<meta http-equiv="refresh"> and **<img src=x onerror=alert(1)>**');
    expect(pieces).toEqual([
      { text: '<meta http-equiv="refresh"> and ', bold: false },
      { text: '<img src=x onerror=alert(1)>', bold: true },
    ]);
  });
});
