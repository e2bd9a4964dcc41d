import { extractGovernments } from '../../src/ingest/extract/extractGovernments';
import { FactSink } from '../../src/ingest/extract/factSink';
import { articleOf } from './support/articleOf';

/** Government cues found in roundup articles; the companies named here are invented. */
const governments = (body: string): string[] => {
  const sink = new FactSink();
  extractGovernments(articleOf(body), sink);
  return sink.byLabel('Government').map((g) => String(g.props.country)).sort();
};

describe('government cues', () => {
  it('counts a country that labels a section of a roundup', () => {
    const body = ['Four countries announced models this month.', '- **Uruguay** — Brasa Labs will train a model for tax offices.', '**Latvia.** Drosk Labs will build the Latvian model.', '- Paraguay: Quell AI is building an assistant.'].join('\n\n');
    expect(governments(body)).toEqual(expect.arrayContaining(['LV', 'PY', 'UY']));
  });

  it('makes every conjunct of a country list act when the verb follows the last', () => {
    expect(governments('Lithuania, Latvia and Estonia are each building a model.')).toEqual(['EE', 'LT', 'LV']);
  });

  it('reads "X receives EUR 6 million" and "the Estonian digital affairs minister" as the state acting', () => {
    expect(governments('Japan leads the package. Latvia receives EUR 6.4 million.')).toContain('LV');
    expect(governments('Japan leads the package. The Estonian digital affairs minister spoke at the signing.')).toContain('EE');
  });

  it('ignores a language named in a model description when its country is never named', () => {
    expect(governments('Uruguay funds Brasa Labs. Brasa Labs will build a Rioplatense Spanish model and a Guaraní–Spanish assistant.')).toEqual(['UY']);
  });

  it('ignores a capital used as a place ("a spokesperson in Paris said")', () => {
    expect(governments('Ghana funds the plan. A spokesperson for Orvo in Paris said the parent was not investing.')).toEqual(['GH']);
  });

  it('ignores where a parent company comes from ("a unit of Malaysia\'s Kestrel Group")', () => {
    expect(governments('Ghana funds the plan. Orvo Mobile, a unit of Malaysia\'s Kestrel Group, will provide data.')).toEqual(['GH']);
  });

  it('reads a typeset apostrophe in a country name', () => {
    expect(governments('The government of Côte d’Ivoire will fund the model.')).toEqual(['CI']);
  });

  it('counts a capital that opens a sentence about its ministry ("In Manila, the Department of …")', () => {
    expect(governments('In Manila, the Department of Information announced the results.')).toEqual(['PH']);
  });

  it('counts a country that stands alone as a section heading, and "In <capital>, …" opening a paragraph', () => {
    const body = ['Two governments announced models.', 'SERBIA', 'Drosk Labs will build a model.', 'In Sofia, the model will be built by Brask AI.'].join('\n\n');
    expect(governments(body)).toEqual(['BG', 'RS']);
  });
});

