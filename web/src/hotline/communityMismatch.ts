/** A community as the region tree names it. */
export interface Community {
  code: string;
  name: string;
}

/** The gazetteer match the operator chose, as far as the mismatch check needs it. */
export interface PickedAddress {
  text: string;
  community: Community | null;
}

/** The community whose full name (杏花村社区) the typed address holds; the longest wins (东风村 vs 东风村二组). */
export function communityNamedIn(text: string, communities: readonly Community[]): Community | null {
  let best: Community | null = null;
  for (const c of communities) {
    // Full names only: 义和社区's short name 义和 is also the start of 义和路, which runs through others.
    if (text.includes(c.name) && (!best || c.name.length > best.name.length)) best = c;
  }
  return best;
}

/**
 * Which community the typed address puts the problem in: one it names outright, else the chosen
 * match's while the text still holds it. Unknown (null) when the operator typed freely.
 */
export function typedCommunity(
  text: string,
  picked: PickedAddress | null,
  communities: readonly Community[],
): Community | null {
  const named = communityNamedIn(text, communities);
  if (named) return named;
  return picked && text.includes(picked.text) ? picked.community : null;
}

/**
 * The typed address and the pin in different communities: the operator must confirm before saving,
 * since the pin decides where the case goes (a ticket once went to the wrong town this way).
 */
export function communityMismatch(
  typed: Community | null,
  pinned: Community | null,
): { typed: Community; pinned: Community } | null {
  return typed && pinned && typed.code !== pinned.code ? { typed, pinned } : null;
}
