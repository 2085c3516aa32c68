/** The one view of the one row asked for; none means a bug, not bad input. */
export function onlyRow<T>(list: readonly T[]): T {
  const [view] = list;
  if (view === undefined) throw new Error('a view of one row returned none');
  return view;
}
