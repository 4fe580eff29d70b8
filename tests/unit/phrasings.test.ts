import { describe, expect, it } from 'vitest';
import { leakIn, parseGuesses, parsePhrasings, queriesOf, splitFor } from '../../src/lib/search/phrasings.ts';

describe('parsePhrasings', () => {
  it('reads the rows with their line numbers', () => {
    const { rows, problems } = parsePhrasings('code\tphrasing\tsource_url\tsplit\tkind\n50126\taz login fails\thttps://example.test/1\ttrain\tvague\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([{ code: '50126', phrasing: 'az login fails', sourceUrl: 'https://example.test/1', split: 'train', kind: 'vague', line: 2 }]);
  });

  it('names the file and line of a wrong header, a missing field, an unknown split and an unknown kind', () => {
    const { problems } = parsePhrasings(
      'code\tphrasing\n50126\taz login fails\thttps://example.test/1\ttrain\n50126\tx\thttps://example.test/2\tdev\tvague\n50126\ty\thttps://example.test/3\ttest\tclear\n',
      'p.tsv',
    );
    expect(problems).toMatchInlineSnapshot(`
      [
        "p.tsv:1: the header must be "code\\tphrasing\\tsource_url\\tsplit\\tkind"",
        "p.tsv:2: expected 5 tab-separated fields, found 4",
        "p.tsv:3: split must be train or test, not "dev"",
        "p.tsv:4: kind must be describes or vague, not "clear"",
      ]
    `);
  });
});

describe('parseGuesses', () => {
  it('reads three codes per phrasing, best first', () => {
    const { guesses, problems } = parseGuesses('phrasing\tguess1\tguess2\tguess3\tconfidence\naz login fails\t50126\t50076\t700082\tlow\n');
    expect(problems).toEqual([]);
    expect([...guesses]).toEqual([['az login fails', [50126, 50076, 700082]]]);
  });

  it('names the file and line of a wrong header, a missing field, a guess that is not a code, an unknown confidence and a phrasing guessed twice', () => {
    const { guesses, problems } = parseGuesses(
      'phrasing\tguess\nx\t50126\t50076\tlow\ny\tAADSTS50126\t50076\t50079\thigh\nz\t50126\t50076\t50079\tsure\nw\t50126\t50076\t50079\thigh\nw\t50057\t50076\t50079\tlow\n',
      'g.tsv',
    );
    expect(problems).toMatchInlineSnapshot(`
      [
        "g.tsv:1: the header must be "phrasing\\tguess1\\tguess2\\tguess3\\tconfidence"",
        "g.tsv:2: expected 5 tab-separated fields, found 4",
        "g.tsv:3: a guess must be a code of five to seven digits, not "AADSTS50126"",
        "g.tsv:4: confidence must be high, medium or low, not "sure"",
        "g.tsv:6: the phrasing is guessed twice",
      ]
    `);
    expect([...guesses.keys()]).toEqual(['w']);
  });
});

describe('queriesOf', () => {
  const { rows } = parsePhrasings(
    'code\tphrasing\tsource_url\tsplit\tkind\n50126\tpassword rejected\thttps://example.test/1\ttest\tdescribes\n50076\tit fails\thttps://example.test/2\ttest\tvague\n53003\tblocked abroad\thttps://example.test/3\ttrain\tdescribes\n',
  );

  it('picks the rows of a split as queries with their codes', () => {
    expect(queriesOf(rows, 'test')).toEqual([
      ['password rejected', 50126],
      ['it fails', 50076],
    ]);
  });

  it('narrows to one kind when asked', () => {
    expect(queriesOf(rows, 'test', 'describes')).toEqual([['password rejected', 50126]]);
    expect(queriesOf(rows, 'train', 'vague')).toEqual([]);
  });
});

describe('splitFor', () => {
  it('depends on the URL alone, so every phrasing of a thread lands on the same side', () => {
    expect(splitFor('https://github.com/Azure/azure-cli/issues/18647')).toBe(splitFor('https://github.com/Azure/azure-cli/issues/18647'));
  });

  it('sends about a third of URLs to the test set', () => {
    const urls = Array.from({ length: 3000 }, (_, i) => `https://example.test/thread/${i}`);
    const share = urls.filter((url) => splitFor(url) === 'test').length / urls.length;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.37);
  });
});

describe('leakIn', () => {
  it('finds the code, a code-length number, a GUID or an email address', () => {
    expect(leakIn('Error AADSTS50126 on login')).toBe('an AADSTS code');
    expect(leakIn('fails with 500121 after MFA')).toBe('a number that could be a code');
    expect(leakIn('tenant 72f988bf-86f1-41af-91ab-2d7cd011db47')).toBe('a GUID');
    expect(leakIn('user someone@contoso.com cannot sign in')).toBe('an email address');
  });

  it('lets versions, ports and ordinary words through', () => {
    expect(leakIn('Using MSAL 3.0.10 on localhost:3000, az login fails since 2.35.0')).toBeUndefined();
  });
});
