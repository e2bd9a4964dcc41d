import './styles.css';
import { createSearchBox } from './components/searchBox';
import { emptyState } from './components/status';
import { h, replaceChildren } from './dom';
import { disposeGraph } from './graph/neighborhoodGraph';
import { renderDashboardPage } from './pages/dashboardPage';
import { renderEntityPage, renderGovernmentPage } from './pages/entityPage';
import { renderHomePage } from './pages/homePage';
import { startRouter, type Route } from './router';

/**
 * The explorer's entry point: lays out the header (brand, navigation, search)
 * and renders the page the location hash names. Every page reads the public
 * GraphQL API over HTTP and nothing else.
 */
function startExplorer(root: HTMLElement): void {
  const main = h('main', { id: 'main', class: 'main', tabindex: '-1' });
  const nav = h(
    'nav',
    { class: 'nav', 'aria-label': 'Main' },
    h('a', { href: '#/' }, 'Explore'),
    h('a', { href: '#/dashboard' }, 'Dashboard'),
    h('a', { href: '/graphiql' }, 'GraphiQL'),
  );
  replaceChildren(
    root,
    h('a', { class: 'skip-link', href: '#main', onclick: (e) => (e.preventDefault(), main.focus()) }, 'Skip to content'),
    h('header', { class: 'site-header' }, h('a', { class: 'brand', href: '#/' }, 'sovereign-graph'), nav, createSearchBox()),
    main,
  );

  let navigation = 0;
  startRouter((route: Route) => {
    const mine = ++navigation;
    const isCurrent = () => mine === navigation;
    disposeGraph();
    for (const link of nav.querySelectorAll('a')) link.toggleAttribute('aria-current', link.getAttribute('href') === `#/${route.page === 'home' ? '' : route.page}`);
    switch (route.page) {
      case 'home':
        return void renderHomePage(main, isCurrent);
      case 'entity':
        return void renderEntityPage(main, route.id, isCurrent);
      case 'government':
        return void renderGovernmentPage(main, route.country, isCurrent);
      case 'dashboard':
        return void renderDashboardPage(main, isCurrent);
      case 'notFound':
        return replaceChildren(main, emptyState(`There is no page at “${route.hash}”. Use the search or the links above.`));
      default: {
        const unreachable: never = route;
        throw new Error(`unknown route ${JSON.stringify(unreachable)}`);
      }
    }
  });
}

startExplorer(document.getElementById('app') as HTMLElement);
