/** The pages of the explorer, parsed from the location hash. */
export type Route =
  | { page: 'home' }
  | { page: 'entity'; id: string }
  | { page: 'government'; country: string }
  | { page: 'dashboard' }
  | { page: 'notFound'; hash: string };

/** "#/entity/org%3Asoftbank" → { page: 'entity', id: 'org:softbank' }. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'home' };
  if (parts[0] === 'entity' && parts[1]) return { page: 'entity', id: parts[1] };
  if (parts[0] === 'government' && parts[1]) return { page: 'government', country: parts[1] };
  if (parts[0] === 'dashboard') return { page: 'dashboard' };
  return { page: 'notFound', hash };
}

/** The hash of an entity page. */
export function entityHref(id: string): string {
  return `#/entity/${encodeURIComponent(id)}`;
}

/** The hash of a government page by ISO code. */
export function governmentHref(country: string): string {
  return `#/government/${encodeURIComponent(country)}`;
}

/** Calls `render` with the current route now and on every hash change. */
export function startRouter(render: (route: Route) => void): void {
  const onChange = () => render(parseRoute(window.location.hash));
  window.addEventListener('hashchange', onChange);
  onChange();
}
