import { extractFacts } from '../../src/ingest/extract';
import { articleOf, namesOf } from './support/articleOf';

const models = (body: string): string[] => namesOf(extractFacts(articleOf(body)), 'Model');
const organizations = (body: string): string[] => namesOf(extractFacts(articleOf(body)), 'Organization');

describe('model names', () => {
  it('takes the name before a capitalised expansion, not the last word of the expansion', () => {
    const body = 'Iceland has released Q-ORCA, the Quorbel Open Resource for Chat and AI at Scale, an open-source language model.';
    expect(models(body)).toEqual(['Q-ORCA']);
  });

  it('reads "X, the model …" as an appositive only when no verb follows: "According to Orvane, the model will be released" names no model', () => {
    expect(models('According to Orvane Labs, the model will be released in June. Data came from Kesh Cloud, the model is trained on it.')).toEqual([]);
    expect(models('Orvane Labs released Halden, the model that tops the Norse benchmark, in June.')).toEqual(['Halden']);
  });

  it('makes every name coordinated before a plural "models" a model, not an organisation', () => {
    const body = "Analysts pointed to Ruritania's Zephyr and Quillon models as rivals of Velmont Labs.";
    expect(models(body)).toEqual(['Quillon', 'Zephyr']);
    expect(organizations(body)).not.toContain('Zephyr');
  });

  it('does not take a regional variety of a language for a model', () => {
    const body = 'ORVA is a fully open model that treats European Portuguese language model data as first class.';
    expect(models(body)).not.toContain('European Portuguese');
  });
});
