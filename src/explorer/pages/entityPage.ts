import { fetchEntity, fetchGovernment, type EntityDetails } from '../api/entityQuery';
import { kindBadge } from '../components/kindBadge';
import { emptyState, errorState, loadingState } from '../components/status';
import { h, replaceChildren } from '../dom';
import { createNeighborhoodGraph } from '../graph/neighborhoodGraph';
import { consortiumView } from './consortiumView';
import { governmentView } from './governmentView';
import { initiativeView } from './initiativeView';
import { modelView } from './modelView';
import { organizationView } from './organizationView';

/** The panels of an entity's kind-specific view. */
function viewOf(entity: EntityDetails): HTMLElement[] {
  switch (entity.__typename) {
    case 'Consortium':
      return consortiumView(entity);
    case 'Government':
      return governmentView(entity);
    case 'Organization':
      return organizationView(entity);
    case 'Initiative':
      return initiativeView(entity);
    case 'Model':
      return modelView(entity);
    case 'Agency':
    case 'FocusArea':
      return [];
    default: {
      const unreachable: never = entity;
      throw new Error(`no view for ${(unreachable as { __typename: string }).__typename}`);
    }
  }
}

/** Header, kind view and neighborhood graph of one loaded entity. */
function renderEntity(main: HTMLElement, entity: EntityDetails): void {
  document.title = `${entity.name} · sovereign-graph`;
  replaceChildren(
    main,
    h(
      'header',
      { class: 'page-header' },
      h('h1', { id: 'page-title', tabindex: '-1' }, entity.name, ' ', kindBadge(entity.__typename)),
      entity.aliases.length ? h('p', { class: 'muted aliases' }, 'Also known as: ', entity.aliases.join(' · ')) : null,
    ),
    h('div', { class: 'entity-grid' }, h('div', { class: 'entity-details' }, viewOf(entity)), h('div', { class: 'entity-graph' }, createNeighborhoodGraph(entity.id))),
  );
  main.querySelector<HTMLElement>('#page-title')?.focus({ preventScroll: true });
}

/** Loads an entity by id and shows its page; says so in words when it is unknown or the API fails. */
export async function renderEntityPage(main: HTMLElement, id: string, isCurrent: () => boolean): Promise<void> {
  replaceChildren(main, loadingState('the entity'));
  try {
    const entity = await fetchEntity(id);
    if (!isCurrent()) return;
    if (!entity) return replaceChildren(main, emptyState(`No entity with id “${id}” in the graph. Try the search box above.`));
    renderEntity(main, entity);
  } catch (error) {
    if (isCurrent()) replaceChildren(main, errorState(error));
  }
}

/** Loads a government by ISO code or name (the dashboard links here) and shows its page. */
export async function renderGovernmentPage(main: HTMLElement, country: string, isCurrent: () => boolean): Promise<void> {
  replaceChildren(main, loadingState('the government'));
  try {
    const government = await fetchGovernment(country);
    if (!isCurrent()) return;
    if (!government) return replaceChildren(main, emptyState(`No government “${country}” in the graph.`));
    renderEntity(main, government);
  } catch (error) {
    if (isCurrent()) replaceChildren(main, errorState(error));
  }
}
