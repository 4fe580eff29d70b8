/** The MDX components content may use: the props each one takes and what it may contain. */
import { z } from 'astro/zod';
import { ALLOWED_COMPONENTS } from './vocabulary.ts';

export type ComponentName = (typeof ALLOWED_COMPONENTS)[number];

/** A component that takes no props at all: `<Note some="thing">` is an error, not ignored. */
const NoProps = z.strictObject({});

export const NotePropsSchema = NoProps;
export const WarningPropsSchema = NoProps;
export const StepsPropsSchema = NoProps;
export const KbdPropsSchema = NoProps;

export const PathPropsSchema = z.strictObject({
  /** An admin-center path from `src/schemas/admin-paths.ts`, menu items joined by " > " ("Entra ID > Users > All users"). */
  to: z.string({ message: 'must be quoted text, e.g. to="Entra ID > Users > All users"' }).trim().min(1, { message: 'must not be empty' }),
});
export type PathProps = z.infer<typeof PathPropsSchema>;

export const CodeLinkPropsSchema = z.strictObject({
  /** The code without the AADSTS prefix, as a number in braces: `code={7000222}`. */
  code: z.number({ message: 'must be a number in braces, e.g. code={7000222}' }).int().positive(),
});
export type CodeLinkProps = z.infer<typeof CodeLinkPropsSchema>;

/**
 * What a component may hold between its tags: `none` (written self-closing, `<Path to="…" />`), `text`
 * (plain text only), `blocks` (any Markdown) or `ordered-list` (exactly one numbered list).
 */
export type ComponentContent = 'none' | 'text' | 'blocks' | 'ordered-list';

export interface ComponentSpec {
  props: z.ZodObject;
  content: ComponentContent;
  /** How to write the component, shown as the hint when it is written wrongly. */
  usage: string;
}

export const COMPONENTS = {
  Note: { props: NotePropsSchema, content: 'blocks', usage: 'write it as <Note>…</Note> around the text of the note' },
  Warning: { props: WarningPropsSchema, content: 'blocks', usage: 'write it as <Warning>…</Warning> around the text of the warning' },
  Steps: { props: StepsPropsSchema, content: 'ordered-list', usage: 'put a numbered list between <Steps> and </Steps>, each tag on a line of its own' },
  Path: { props: PathPropsSchema, content: 'none', usage: 'write it as <Path to="Entra ID > Users > All users" />' },
  CodeLink: { props: CodeLinkPropsSchema, content: 'none', usage: 'write it as <CodeLink code={7000222} />' },
  Kbd: { props: KbdPropsSchema, content: 'text', usage: 'write it as <Kbd>Ctrl</Kbd>, one key each' },
} as const satisfies Record<ComponentName, ComponentSpec>;

export function isComponentName(name: string): name is ComponentName {
  return Object.hasOwn(COMPONENTS, name);
}
