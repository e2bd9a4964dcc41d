import { extractFacts } from '../../src/ingest/extract';
import { findNameSpans } from '../../src/ingest/extract/nameSpans';
import { namesOf, readerRelationsOf, titledArticle } from './support/articleOf';

/**
 * Shapes found in the sets written in the twenty-seventh session (s79 to s82),
 * rewritten with invented organisations: names whose lower-case words or
 * field words split them, short forms of one word, local subsidiaries, list
 * members that run into their verb, and deals "between" two sides.
 */
const spans = (sentence: string): string[] => findNameSpans(sentence).map((span) => span.text);
const spanOf = (sentence: string, text: string) => findNameSpans(sentence).find((span) => span.text === text);
const facts = (body: string, title = 'Partners named') => extractFacts(titledArticle(title, body));

describe('names kept whole across "and", commas and lower-case words', () => {
  it('keeps field words after "for" in the name: "… City for Atomic and Renewable Energy"', () => {
    expect(spans('The Kelvo City for Atomic and Renewable Energy will host the cluster.')).toEqual(['Kelvo City for Atomic and Renewable Energy']);
    expect(spans('The Orvane Infrastructures for Research and Technology (OIRT) runs the machine.')).toContain('Orvane Infrastructures for Research and Technology');
  });

  it('still splits a list whose second half is a country or a name of its own', () => {
    expect(spans("The lenders are the Kelvo Fund for International Development and France's Pellin.")).toEqual(['Kelvo Fund for International Development', 'France', 'Pellin']);
    expect(spans('The Orvane Institute for Applied Research and Tessaly Robotics signed.')).toEqual(['Orvane Institute for Applied Research', 'Tessaly Robotics']);
  });

  it('reads a country named with "and" as one name', () => {
    expect(spans('It opens hubs in Antigua and Barbuda, and in Trinidad and Tobago.')).toEqual(['Antigua and Barbuda', 'Trinidad and Tobago']);
  });

  it('keeps a society named for two fields whole, and "Life Sciences" as a field', () => {
    expect(spans('Partners are the Kelvo Groundfish Research and Conservation Society and Orvane.')).toEqual(['Kelvo Groundfish Research and Conservation Society', 'Orvane']);
    expect(spans('The University of Natural Resources and Life Sciences joined.')).toEqual(['University of Natural Resources and Life Sciences']);
  });

  it('does not join "X of <town>" for a one-word company', () => {
    expect(spans('Partners are Kelvotek of Halifax and Orvane.')).toEqual(['Kelvotek', 'Halifax', 'Orvane']);
  });

  it('keeps a partnership\'s purpose whole: "Strategic Partnership for … Research and Collaboration"', () => {
    expect(spans('The Kelvo Partnership for Accelerated Research and Collaboration includes Pellin.')).toEqual(['Kelvo Partnership for Accelerated Research and Collaboration', 'Pellin']);
  });

  it('reads a Romance body\'s fields listed with commas and "y"', () => {
    expect(spans('Researchers at the Instituto Nacional de Óptica, Fotónica y Electrónica joined.')).toContain('Instituto Nacional de Óptica, Fotónica y Electrónica');
  });

  it('reaches back over lower-case words that a bracketed acronym spells', () => {
    expect(spans("Kelvo's Centre de recherche appliquée de Marrow (CRAM) signed.")).toContain('Centre de recherche appliquée de Marrow');
    expect(spans('Partners are the Université numérique du Pellin (UNP) and Orvane.')).toEqual(['Université numérique du Pellin', 'Orvane']);
  });

  it('starts the name where an earlier span holding the spelling starts', () => {
    expect(spans('Two institutions: Associação Pellin com Valores (PCV) in Kelvo, and Orvane.')).toContain('Associação Pellin com Valores');
  });

  it('does not reach back when the acronym is not spelled by the words before', () => {
    expect(spans('Partners are the Université numérique du Pellin (ORV) and Orvane.')).not.toContain('Université numérique du Pellin');
  });

  it('does not reach back over capitalised names alone, which the name reader already judged', () => {
    expect(spans("Partners include Kelvo Group's Pellin Motors (KGPM) and Orvane.")).toEqual(['Kelvo Group', 'Pellin Motors', 'Orvane']);
  });
});

describe('short forms and legal names', () => {
  it('takes one capitalised word in brackets after an institution as its short form', () => {
    expect(spanOf('The Orvane Center for Research and Advanced Studies (Kelvestav) joined.', 'Orvane Center for Research and Advanced Studies')?.acronym).toBe('Kelvestav');
  });

  it('does not take a bracketed country or city as a short form', () => {
    expect(spanOf('The Kelvo Centre for Science (Finland) joined.', 'Kelvo Centre for Science')?.acronym).toBeUndefined();
    expect(spanOf('The Kelvo Centre for Science (Toronto) joined.', 'Kelvo Centre for Science')?.acronym).toBeUndefined();
  });

  it('keeps a local subsidiary\'s bracketed country before its legal form', () => {
    const found = spanOf('The signatories were Kelvo Technologies (Thailand) Co., Ltd. and Orvane.', 'Kelvo Technologies (Thailand)');
    expect(found?.written).toBe('Kelvo Technologies (Thailand) Co., Ltd.');
    expect(spans('Kelvo Technologies (Thailand) said it would sign.')).not.toContain('Kelvo Technologies (Thailand)');
  });
});

describe('units of a university', () => {
  it('does not make a faculty named by its fields alone an organisation', () => {
    const body = 'Engineers from the Faculty of Electrical and Computer Engineering at Kelvo University joined Orvane Labs and Pellin Robotics on the project.';
    const names = namesOf(facts(body), 'Organization');
    expect(names).toContain('Kelvo University');
    expect(names).not.toContain('Faculty of Electrical and Computer Engineering');
  });

  it('keeps a faculty that has a short form or a place of its own', () => {
    expect(namesOf(facts('The project joins Orvane Labs, Pellin Robotics and the Faculty of Engineering (FEK).'), 'Organization')).toContain('Faculty of Engineering');
    expect(namesOf(facts('The project joins Orvane Labs, Pellin Robotics and the College of Engineering Pune.'), 'Organization')).toContain('College of Engineering Pune');
    expect(namesOf(facts('The project joins Orvane Labs, Pellin Robotics and the College of Montreal.'), 'Organization')).toContain('College of Montreal');
  });
});

describe('organisations found from how they are listed', () => {
  it('takes a list mate that runs straight into its verb', () => {
    const body = 'A year ago Mistral AI and Veltrana announced that they would jointly develop models for drones.';
    expect(namesOf(facts(body), 'Organization')).toContain('Veltrana');
  });

  it('does not read "an investor in X" as a place', () => {
    const body = 'Mistral AI and Veltrana agreed a deal. Kestrel, which is also an investor in Veltrana, praised it.';
    expect(namesOf(facts(body), 'Organization')).toContain('Veltrana');
  });
});

describe('teams referred to and deals between two sides', () => {
  it('does not take a funding line named before its noun as the body', () => {
    const article = titledArticle(
      'A programme funded',
      ['KESTREL, a research programme on robust AI, will get money under the Orvane Long-Term Programme scheme.', 'The Programme is led by Pellin University and brings together Tessaly Labs.'].join('\n\n'),
    );
    expect(readerRelationsOf(article, 'LEADS')).not.toContain('Pellin University → Orvane Long-Term Programme');
  });

  it('names a deal "a partnership between A and B" after its sides', () => {
    const article = titledArticle('A model', 'K3 AI, a Turkish model developed through a partnership between the Kelvo Foundation and drone maker Orvane Dynamics, went into beta.');
    expect(readerRelationsOf(article, 'MEMBER_OF')).toEqual(['Kelvo Foundation → Kelvo Foundation–Orvane Dynamics partnership', 'Orvane Dynamics → Kelvo Foundation–Orvane Dynamics partnership']);
  });

  it('leaves "the partnership between A and B", one spoken of before, to the other readers', () => {
    const article = titledArticle('A deal', 'Analysts said the partnership between Kelvo University and Orvane Systems was the largest of its kind.');
    expect(readerRelationsOf(article, 'MEMBER_OF').filter((r) => r.includes('–'))).toEqual([]);
  });

  it('leaves a deal that describes a named thing to the readers of descriptions', () => {
    const article = titledArticle('A machine', 'Marrow was unveiled in 2023 as a collaboration between Kelvo University, Orvane Systems and Pellin Chips.');
    expect(readerRelationsOf(article, 'MEMBER_OF').filter((r) => r.includes('collaboration'))).toEqual([]);
  });
});
