/** Where to go after signing in: back to the page that sent the user here, else the map. */
export function returnPath(locationState: unknown): string {
  if (typeof locationState === 'object' && locationState !== null && 'from' in locationState) {
    const { from } = locationState;
    // Only same-app paths: never bounce to another origin or back to the login page.
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/login') {
      return from;
    }
  }
  return '/map';
}
