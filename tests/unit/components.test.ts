/** What the validator says about the components a page uses, and the admin paths it writes. */
import { describe, expect, it } from 'vitest';
import { checkComponents, type MdastLike } from '../../src/lib/validation/components.ts';
import { parseMdx } from '../../src/lib/validation/mdx-safety.ts';

function check(source: string) {
  const parsed = parseMdx(source);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return checkComponents(parsed.tree as unknown as MdastLike);
}
const problems = (source: string) => check(source).problems.map((problem) => `${problem.line}:${problem.column} ${problem.rule} ${problem.message}${problem.hint ? ` | ${problem.hint}` : ''}`);

const BY_HAND = 'is written by hand';
const ANY_PATH_HINT = 'write it as <Path to="…" /> with a path from src/schemas/admin-paths.ts, adding the one Microsoft documents there if it is missing';

describe('admin paths written by hand', () => {
  it('refuses a known path in bold, naming the component to write instead', () => {
    expect(problems('See **Entra ID** > **Users** > **All users** now.')).toEqual([`1:5 KB024 the admin-center path "Entra ID > Users > All users" ${BY_HAND} | write <Path to="Entra ID > Users > All users" />`]);
  });

  it('points an earlier wording at today’s path', () => {
    expect(problems('See **Users** > **All users**.')).toEqual([`1:5 KB024 the admin-center path "Users > All users" ${BY_HAND} | write <Path to="Entra ID > Users > All users" />`]);
    expect(problems('**Identity** > **Users** > **All users**')).toEqual([`1:1 KB024 the admin-center path "Identity > Users > All users" ${BY_HAND} | write <Path to="Entra ID > Users > All users" />`]);
  });

  it.each(['Entra ID', 'ID Protection', 'Identity', 'Protection', 'Azure Active Directory'])('refuses an unknown path that starts at the top menu %s, with › as well as >', (menu) => {
    expect(problems(`Go to **${menu}** › **Something new**.`)).toEqual([`1:7 KB024 the admin-center path "${menu} > Something new" ${BY_HAND} | ${ANY_PATH_HINT}`]);
  });

  it('reads the path however the separators are spaced, and finds one after other bold text', () => {
    expect(problems('**Note** first, then **Entra ID**  >  **Users**>**All users**')).toEqual([`1:22 KB024 the admin-center path "Entra ID > Users > All users" ${BY_HAND} | write <Path to="Entra ID > Users > All users" />`]);
  });

  it('finds each path in a paragraph, and paths in lists and later paragraphs', () => {
    expect(problems('**Entra ID** > **Users** or **Entra ID** > **Groups** > **All groups**\n\n- Open **Entra ID** > **Roles & admins**').map((line) => line.split(' KB')[0])).toEqual(['1:1', '1:29', '3:8']);
  });

  it('reads bold text with formatting inside it, and a whole path in one bold run', () => {
    expect(problems('**Entra ID** > **Users** > **All `users`**')).toEqual([`1:1 KB024 the admin-center path "Entra ID > Users > All users" ${BY_HAND} | write <Path to="Entra ID > Users > All users" />`]);
    expect(problems('Open **Entra ID > Users > All users**.')).toEqual([`1:6 KB024 the admin-center path "Entra ID > Users > All users" ${BY_HAND} | write <Path to="Entra ID > Users > All users" />`]);
  });

  it('finds paths in headings and table cells too', () => {
    expect(problems('## Open **Entra ID** > **Users**\n\n| Where |\n| --- |\n| **Entra ID** > **Roles & admins** |\n').map((line) => line.split(' KB')[0])).toEqual(['1:9', '5:3']);
  });

  it.each([
    ['navigation inside a page', '**Certificates & secrets** > **Certificates**'],
    ['one bold menu alone', 'Open **Entra ID** first.'],
    ['bold words joined by other words', '**Entra ID** and **Users**'],
    ['a double separator', '**Entra ID** >> **Users**'],
    ['a separator with words', '**Entra ID** > then **Users**'],
    ['a separator with no bold after it', '**Entra ID** > Users'],
    ['a separator before italics', '**Entra ID** > *Users*'],
    ['a separator at the end', 'Open **Entra ID** >'],
    ['italics before a separator', '*Entra ID* > **Users**'],
    ['a path in Path', '<Path to="Entra ID > Users > All users" />'],
  ])('leaves alone %s', (_, source) => {
    expect(problems(source)).toEqual([]);
  });
});

describe('<Path>', () => {
  it('accepts a known path, however its separators are spaced', () => {
    expect(problems('<Path to="Entra ID > Users > All users" />\n\n<Path to="Entra ID>Users> All users" />')).toEqual([]);
  });

  it('points an earlier wording at today’s', () => {
    expect(problems('<Path to="Users > All users" />')).toEqual(['1:1 KB025 "Users > All users" is an earlier wording: the admin center now says "Entra ID > Users > All users" | write <Path to="Entra ID > Users > All users" />']);
  });

  it('suggests today’s path for a typo, also in an earlier wording', () => {
    expect(problems('<Path to="Entra ID > Usres > All users" />')).toEqual(['1:1 KB024 the admin-center path "Entra ID > Usres > All users" is not in the list of known paths | did you mean "Entra ID > Users > All users"?']);
    expect(problems('<Path to="Identty > Users > All users" />')).toEqual(['1:1 KB024 the admin-center path "Identty > Users > All users" is not in the list of known paths | did you mean "Entra ID > Users > All users"?']);
  });

  it('says where to find or add a path that is nothing like a known one', () => {
    expect(problems('<Path to="Nowhere > At all" />')).toEqual(['1:1 KB024 the admin-center path "Nowhere > At all" is not in the list of known paths | use a path listed in src/schemas/admin-paths.ts, or add the one Microsoft documents there']);
  });

  it('needs its prop as quoted, non-empty text, and no content', () => {
    expect(problems('<Path />')).toEqual(['1:1 KB023 <Path> needs a "to" prop | write it as <Path to="Entra ID > Users > All users" />']);
    expect(problems('<Path to="" />')).toEqual(['1:1 KB023 <Path> "to" must not be empty']);
    expect(problems('<Path to={5} />')).toEqual(['1:1 KB023 <Path> "to" must be quoted text, e.g. to="Entra ID > Users > All users"']);
    expect(problems('<Path to="Entra ID > Users">x</Path>')).toEqual(['1:1 KB023 <Path> holds no content: close it in the same tag | write it as <Path to="Entra ID > Users > All users" />']);
  });

  it('suggests the prop a typo meant', () => {
    expect(problems('<Path to="Entra ID > Users" tp="x" />')).toEqual(['1:1 KB023 <Path> has no prop "tp" | did you mean "to"?']);
    expect(problems('<Path to="Entra ID > Users" colour="x" />')).toEqual(['1:1 KB023 <Path> has no prop "colour" | <Path> takes: to']);
    expect(problems('<Path to="Entra ID > Users" tp="x" colour="y" />')).toEqual(['1:1 KB023 <Path> has no prop "tp", "colour" | <Path> takes: to']);
  });
});

describe('<CodeLink>', () => {
  it('collects each link with its place, for the check against the catalogue', () => {
    expect(check('Text <CodeLink code={50126} /> and\n\n<CodeLink code={50053} />')).toEqual({ problems: [], codeLinks: [{ code: 50126, line: 1, column: 6 }, { code: 50053, line: 3, column: 1 }] });
  });

  it('says a quoted code must be a number in braces, and collects no link from a wrong one', () => {
    expect(check('<CodeLink code="7000222" />')).toEqual({ problems: [expect.objectContaining({ message: '<CodeLink> "code" must be a number in braces, e.g. code={7000222}' })], codeLinks: [] });
  });

  it('asks for the code when it is missing or misspelt, naming the prop meant', () => {
    expect(problems('<CodeLink cod={7000222} />')).toEqual(['1:1 KB023 <CodeLink> needs a "code" prop | write it as <CodeLink code={7000222} />', '1:1 KB023 <CodeLink> has no prop "cod" | did you mean "code"?']);
  });

  it('leaves expressions and event attributes to the safety check', () => {
    expect(problems('<CodeLink code={7000222} onClick="x" />')).toEqual([]);
    expect(problems('<CodeLink code={a} />')).toEqual(['1:1 KB023 <CodeLink> needs a "code" prop | write it as <CodeLink code={7000222} />']);
  });
});

describe('what components hold', () => {
  it('refuses props on components that take none, naming every one', () => {
    expect(problems('<Note tone="x">t</Note>')).toEqual(['1:1 KB023 <Note> has no prop "tone" | <Note> takes no props']);
    expect(problems('<Warning a="1" b="2">t</Warning>')).toEqual(['1:1 KB023 <Warning> has no prop "a", "b" | <Warning> takes no props']);
  });

  it('refuses an empty note or warning, also one of blank lines', () => {
    expect(problems('<Note></Note>')).toEqual(['1:1 KB023 <Note> is empty | write it as <Note>…</Note> around the text of the note']);
    expect(problems('<Warning>\n\n</Warning>')).toEqual(['1:1 KB023 <Warning> is empty | write it as <Warning>…</Warning> around the text of the warning']);
    expect(problems('<Note>\nA **bold** note\n\n- with a list\n</Note>')).toEqual([]);
  });

  it('takes one key name in <Kbd>, inline or on its own lines', () => {
    expect(problems('Press <Kbd>Ctrl</Kbd>.\n\n<Kbd>\nEsc\n</Kbd>')).toEqual([]);
    expect(problems('<Kbd></Kbd>')).toEqual(['1:1 KB023 <Kbd> is empty | write it as <Kbd>Ctrl</Kbd>, one key each']);
    expect(problems('Press <Kbd> </Kbd>.')).toEqual(['1:7 KB023 <Kbd> is empty | write it as <Kbd>Ctrl</Kbd>, one key each']);
    expect(problems('<Kbd>**Ctrl**</Kbd>')).toEqual(['1:1 KB023 <Kbd> holds plain text only (the name of one key) | write it as <Kbd>Ctrl</Kbd>, one key each']);
    expect(problems('<Kbd>\n**Ctrl**\n</Kbd>')).toEqual(['1:1 KB023 <Kbd> holds plain text only (the name of one key) | write it as <Kbd>Ctrl</Kbd>, one key each']);
    expect(problems('Press <Kbd>Ctrl **C**</Kbd>.')).toEqual(['1:7 KB023 <Kbd> holds plain text only (the name of one key) | write it as <Kbd>Ctrl</Kbd>, one key each']);
    expect(problems('<Kbd>\nCtrl **C**\n</Kbd>')).toEqual(['1:1 KB023 <Kbd> holds plain text only (the name of one key) | write it as <Kbd>Ctrl</Kbd>, one key each']);
  });

  it('takes exactly one numbered list in <Steps>', () => {
    const wrong = '1:1 KB023 <Steps> must hold one numbered list (lines starting "1.", "2.", …) and nothing else | put a numbered list between <Steps> and </Steps>, each tag on a line of its own';
    expect(problems('<Steps>\n1. a\n2. b\n</Steps>')).toEqual([]);
    expect(problems('<Steps>\n- a\n- b\n</Steps>')).toEqual([wrong]);
    expect(problems('<Steps>\n1. a\n\ntext\n</Steps>')).toEqual([wrong]);
    expect(problems('<Steps>\ntext\n</Steps>')).toEqual([wrong]);
    expect(problems('<Steps></Steps>')).toEqual([wrong]);
  });

  it('checks components nested in others, and ignores elements that are not components', () => {
    expect(problems('<Note>\n<Kbd></Kbd>\n</Note>')).toEqual(['2:1 KB023 <Kbd> is empty | write it as <Kbd>Ctrl</Kbd>, one key each']);
    expect(problems('<Foo a="1" />\n\n<>x</>')).toEqual([]);
  });
});
