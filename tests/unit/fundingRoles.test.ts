import { extractFacts } from '../../src/ingest/extract';
import { articleOf, relationsOf } from './support/articleOf';

/** PROVIDED and TO as "funder → amount" / "amount → recipient" strings for one body. */
function rolesOf(body: string): { provided: string[]; to: string[] } {
  const facts = extractFacts(articleOf(body, '2025-06-01'));
  return { provided: relationsOf(facts, 'PROVIDED'), to: relationsOf(facts, 'TO') };
}

describe('funding roles', () => {
  it('takes the payer from a passive "funded with … by X" clause over a name earlier in the sentence', () => {
    const { provided } = rolesOf(
      'Ruritania is building a research network. The Velora Network is coordinated by the National Research Board (NRB) and funded with €40 million by the Ministry of Learning (MOL) through the National Renewal Plan.',
    );
    expect(provided).toEqual(['Ministry of Learning → €40 million']);
  });

  it('never makes the programme named after "through" or "under" the recipient', () => {
    const { to } = rolesOf(
      'Ruritania is building a research network. The Velora Network is coordinated by the National Research Board (NRB) and funded with €40 million by the Ministry of Learning (MOL) through the National Renewal Plan.',
    );
    expect(to).not.toContain('€40 million → National Renewal Plan');
  });

  it('makes the names after "from partners including" the funder, not the recipient', () => {
    const { provided, to } = rolesOf(
      'Ruritania has released a language model. The government announced it with about $2 million of seed funding from partners including Zentrix Corp and Quorbel Inc.',
    );
    expect(provided).toEqual(['Zentrix → $2 million']);
    expect(to).toEqual([]);
  });

  it('ignores an asset figure of a fund', () => {
    const facts = extractFacts(articleOf('Ruritania launched a new AI company. The Ruritanian Wealth Fund, which manages assets of about $500 billion, owns it.'));
    expect(facts.entities.filter((e) => e.label === 'Funding')).toEqual([]);
  });

  it('makes the main government the payer of its own programme budget when no one else is named', () => {
    const { provided } = rolesOf('Iceland has launched a national AI programme. The programme budget includes €100 million for GPUs.');
    expect(provided).toEqual(['Iceland → €100 million']);
  });

  it('guesses no payer for a budget sentence that names a company', () => {
    const { provided } = rolesOf('Iceland has launched a national AI programme. Zentrix Corp said the budget includes €100 billion for GPUs.');
    expect(provided).toEqual(['Zentrix → €100 billion']);
  });
});
