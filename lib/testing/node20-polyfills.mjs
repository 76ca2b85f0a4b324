// Vitest 5's reporter calls Map.groupBy, which Node 20 lacks: without this, a failing test
// crashes the reporter instead of printing why it failed. No-op on Node 21+.
if (typeof Map.groupBy !== 'function') {
  Map.groupBy = (items, keyOf) => {
    const groups = new Map();
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    return groups;
  };
}
