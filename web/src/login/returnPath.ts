/** Where to go after signing in: back to the page that sent the user here, else `fallback` (the map). */
export function returnPath(locationState: unknown, fallback = '/map'): string {
  if (typeof locationState === 'object' && locationState !== null && 'from' in locationState) {
    const { from } = locationState;
    // Only same-app paths: never bounce to another origin or back to the login page.
    if (
      typeof from === 'string' &&
      from.startsWith('/') &&
      !from.startsWith('//') &&
      from !== '/login' &&
      from !== '/signup'
    ) {
      return from;
    }
  }
  return fallback;
}
