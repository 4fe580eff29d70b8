/**
 * How deep a syntax tree nests, measured without recursion, so that a file nested thousands of levels deep
 * is refused before any recursive walk (ours, Zod's, the renderer's) runs out of stack.
 */

/**
 * The deepest nesting a content file may have, counted in syntax-tree levels from the root (a list item in a
 * list is two). The deepest real page body reaches 5 levels and the deepest front matter 3; 50 leaves room
 * for any page a person writes, and is far below the depth at which a walk over the tree runs out of stack
 * (a few thousand levels: 6,000 nested list items, 12 KB of text, crashed the validator and the build).
 */
export const MAX_NESTING = 50;

interface TreeNode {
  children?: readonly TreeNode[];
  position?: { start: { line: number; column: number } };
}

/** The first node deeper than `limit` levels below `root`, with its depth, or undefined when the tree is within it. */
export function tooDeep<Node>(root: Node, childrenOf: (node: Node) => readonly Node[], limit = MAX_NESTING): { node: Node; depth: number } | undefined {
  const stack: Array<{ node: Node; depth: number }> = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > limit) return { node, depth };
    for (const child of childrenOf(node)) stack.push({ node: child, depth: depth + 1 });
  }
  return undefined;
}

/** An mdast or hast node's children. */
export const childrenOfNode = (node: TreeNode): readonly TreeNode[] => node.children ?? [];

/** Where an mdast node starts, or the file's top for a node without a position. */
export function startOf(node: TreeNode): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}
