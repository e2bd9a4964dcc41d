import { readList } from '../../src/ingest/extract/readList';

const listAfter = (sentence: string, trigger: string): string[] =>
  readList(sentence, sentence.indexOf(trigger) + trigger.length).map((item) => item.name.text);

describe('readList', () => {
  it('strips descriptors before each name', () => {
    const sentence = 'Partners include telecom firm Acmetel, automaker Zento, IT enterprise NXC, and consumer electronics leader Sorin—nine in all.';
    expect(listAfter(sentence, 'include ')).toEqual(['Acmetel', 'Zento', 'NXC', 'Sorin']);
  });

  it('takes a few adjectives in -ed for descriptor words ("its affiliated entity X", "the listed AI company Y"), not verbs', () => {
    const sentence = 'Partners are the University of Arvo and its affiliated entity KNIT, the listed AI company Sorin, the renowned institute Velda and Brask.';
    expect(listAfter(sentence, 'are ')).toEqual(['University of Arvo', 'KNIT', 'Sorin', 'Velda', 'Brask']);
    const more = 'Members are the associated lab Quin, specialised chipmaker Ordo, specialized start-up Pell, the dedicated centre Tarn, applied research body Holm, advanced materials maker Fenn and integrated device maker Lusk.';
    expect(listAfter(more, 'are ')).toEqual(['Quin', 'Ordo', 'Pell', 'Tarn', 'Holm', 'Fenn', 'Lusk']);
    expect(listAfter('Partners are Acmetel and recently signed Zento.', 'are ')).toEqual(['Acmetel']);
  });

  it('reads digit-led, dotted and starred names', () => {
    expect(listAfter('Its members are 42dot, Gnani.ai, A*STAR and Krafton.', 'are ')).toEqual(['42dot', 'Gnani.ai', 'A*STAR', 'Krafton']);
  });

  it('keeps an acronym in brackets and drops "in <City>"', () => {
    const items = readList('built by Mila in Montreal and the Quantum Research Centre (QRC).', 9);
    expect(items.map((i) => [i.name.text, i.name.acronym])).toEqual([
      ['Mila', undefined],
      ['Quantum Research Centre', 'QRC'],
    ]);
  });

  it('ends the list where prose begins', () => {
    expect(listAfter('led by Novatek with Orbis and Kelvo, the companies said.', 'with ')).toEqual(['Orbis', 'Kelvo']);
  });

  it('stops before a name that introduces another consortium', () => {
    expect(listAfter('The consortium led by Velora and the Tamsin consortium failed.', 'led by ')).toEqual(['Velora']);
  });

  it('does not run a descriptor verb into the next name', () => {
    expect(listAfter('a group led by Orbis and one headed by Kelvo.', 'led by ')).toEqual(['Orbis']);
  });
});
