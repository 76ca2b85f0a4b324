/**
 * Size limits for stored rich text. Content arrives as JSON from the editor (and from the
 * database, which may hold anything a past bug let through), so every walk over it must be
 * bounded before a recursive validator or renderer touches it.
 */
export const RICH_TEXT_LIMITS = {
  /** Node nesting, doc = 0. Real TipTap docs rarely pass 8 (a list inside a quote); 20 leaves room. */
  maxDepth: 20,
  /** Total nodes in one doc. A headline or key point has a handful; a long summary maybe a few hundred. */
  maxNodes: 5_000,
  /** Total characters across all text nodes. */
  maxTextLength: 100_000,
  /** Length of a node or mark `type` name. */
  maxTypeLength: 64,
  /** Marks on one text node. */
  maxMarksPerNode: 16,
  /** Keys and array elements under all `attrs` and `marks`, summed over the doc. */
  maxAttrEntries: 10_000,
  /** Nesting of an `attrs` object's values (attrs itself = 1). */
  maxAttrDepth: 4,
} as const;

type Limits = typeof RICH_TEXT_LIMITS;

function isObjectLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Counts keys and array elements in a JSON-like value without recursion, so a hostile
 * value cannot exhaust the stack. Returns `budget + 1` as soon as the budget or `maxDepth`
 * is exceeded, so callers only need one comparison.
 */
function countEntries(value: unknown, maxDepth: number, budget: number): number {
  let count = 0;
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 1 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (!isObjectLike(item.value)) continue;
    if (item.depth > maxDepth) return budget + 1;
    const children = Array.isArray(item.value) ? item.value : Object.values(item.value);
    count += children.length;
    if (count > budget) return budget + 1;
    for (const child of children) stack.push({ value: child, depth: item.depth + 1 });
  }
  return count;
}

/**
 * True when `value` stays inside the limits. Runs before the zod schema so that the
 * (recursive) schema only ever sees shallow, small input. Shape errors are left to zod:
 * this only measures what a walk would have to visit.
 */
export function isWithinLimits(value: unknown, limits: Limits = RICH_TEXT_LIMITS): boolean {
  let nodes = 0;
  let textLength = 0;
  let attrEntries = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, depth } = item;
    if (!isObjectLike(node)) continue;
    nodes += 1;
    if (nodes > limits.maxNodes || depth > limits.maxDepth) return false;

    if (typeof node.text === 'string') {
      textLength += node.text.length;
      if (textLength > limits.maxTextLength) return false;
    }

    const attrBudget = limits.maxAttrEntries - attrEntries;
    attrEntries += countEntries(node.attrs, limits.maxAttrDepth, attrBudget);
    if (attrEntries > limits.maxAttrEntries) return false;
    // marks: array -> mark object -> attrs, so two levels more than a node's own attrs.
    attrEntries += countEntries(node.marks, limits.maxAttrDepth + 2, limits.maxAttrEntries - attrEntries);
    if (attrEntries > limits.maxAttrEntries) return false;

    const content = node.content;
    if (Array.isArray(content)) {
      // Check before pushing, so a single enormous array is rejected without copying it.
      if (nodes + stack.length + content.length > limits.maxNodes) return false;
      for (const child of content) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return true;
}
