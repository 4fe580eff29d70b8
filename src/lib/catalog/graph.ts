/** Reverse links between codes, causes and fixes, derived from the forward references in content. */
import { withUnnamedPlaceholders } from './message-parts.ts';

export interface CodeLinks {
  id: string;
  causes: readonly string[];
  related: readonly string[];
}

export interface CauseLinks {
  id: string;
  fixes: readonly string[];
}

/** Codes in numeric order (string order would put 1000000 before 16003). */
export function byCodeNumber(a: string, b: string): number {
  return Number(a) - Number(b);
}

function invert(entries: readonly { id: string; targets: readonly string[] }[]): Map<string, string[]> {
  const inverted = new Map<string, string[]>();
  for (const { id, targets } of entries) {
    for (const target of targets) inverted.set(target, [...(inverted.get(target) ?? []), id]);
  }
  return inverted;
}

/** For each cause, the codes that list it. */
export function codesByCause(codes: readonly CodeLinks[]): Map<string, string[]> {
  const map = invert(codes.map((code) => ({ id: code.id, targets: code.causes })));
  for (const list of map.values()) list.sort(byCodeNumber);
  return map;
}

/** For each fix, the causes that list it. */
export function causesByFix(causes: readonly CauseLinks[]): Map<string, string[]> {
  return invert(causes.map((cause) => ({ id: cause.id, targets: cause.fixes })));
}

/** For each fix, the codes of every cause it fixes, once each: cause by cause, each cause's codes in numeric order. */
export function codesByFix(causesOfFix: ReadonlyMap<string, readonly string[]>, codesOfCause: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  return new Map([...causesOfFix].map(([fix, causes]) => [fix, [...new Set(causes.flatMap((cause) => codesOfCause.get(cause) ?? []))]]));
}

/** Related codes in both directions: if A lists B, B shows A too. */
export function symmetricRelated(codes: readonly CodeLinks[]): Map<string, string[]> {
  const related = new Map<string, Set<string>>(codes.map((code) => [code.id, new Set<string>()]));
  for (const code of codes) {
    for (const other of code.related) {
      if (other === code.id || !related.has(other)) continue;
      // Both are keys: every code got a set above, and `other` was just checked.
      related.get(code.id)!.add(other);
      related.get(other)!.add(code.id);
    }
  }
  return new Map([...related].map(([id, set]) => [id, [...set].sort(byCodeNumber)]));
}

/** Past this many codes a shared message is boilerplate ("Internal use."), and listing the others would bury the page. */
export const SAME_MESSAGE_LIMIT = 5;
/** A family that shares an opening sentence may be larger (1000006–1000013), and each code still tells its case apart. */
export const SAME_OPENING_LIMIT = 8;

/** For each code, the other codes with the same non-empty text, where at most `limit` codes share it. */
export function sharingText(codes: readonly { id: string; text: string }[], limit: number): Map<string, string[]> {
  const byText = new Map<string, string[]>();
  for (const code of codes) {
    if (code.text === '') continue;
    byText.set(code.text, [...(byText.get(code.text) ?? []), code.id]);
  }
  const others = new Map<string, string[]>();
  for (const ids of byText.values()) {
    if (ids.length < 2 || ids.length > limit) continue;
    for (const id of ids) others.set(id, ids.filter((other) => other !== id).sort(byCodeNumber));
  }
  return others;
}

/** For each code, the other codes whose message is word for word the same (placeholders aside), where a few codes share it. */
export function sameMessage(codes: readonly { id: string; message: string }[]): Map<string, string[]> {
  // Placeholders count as the same whatever Microsoft named them ("of type '{name}'", "of type '{messageType}'").
  return sharingText(codes.map((code) => ({ id: code.id, text: withUnnamedPlaceholders(code.message) })), SAME_MESSAGE_LIMIT);
}

/** Resolves references in content order; validation guarantees that every one exists. */
export function pick<T>(map: Map<string, T>, refs: readonly { id: string }[]): T[] {
  return refs.flatMap((ref) => {
    const entry = map.get(ref.id);
    return entry ? [entry] : [];
  });
}
