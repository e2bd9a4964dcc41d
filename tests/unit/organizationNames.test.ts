import { extractFacts } from '../../src/ingest/extract';
import { articleOf, namesOf } from './support/articleOf';

const facts = (body: string) => extractFacts(articleOf(body));
const organizations = (body: string): string[] => namesOf(facts(body), 'Organization');

describe('organisation names', () => {
  it('keeps particles, accents and elided articles inside a name', () => {
    expect(organizations('The team includes Universidad Tecnológica de Boyacá Norte, Fundación Saber Claro and the Institut Supérieur d\'Intelligence Artificielle de Fès.')).toEqual([
      'Fundación Saber Claro',
      "Institut Supérieur d'Intelligence Artificielle de Fès",
      'Universidad Tecnológica de Boyacá Norte',
    ]);
  });

  it('reads "of the" inside an institution\'s name', () => {
    expect(organizations('Researchers at the University of the Philippines Diliman trained it.')).toEqual(['University of the Philippines Diliman']);
  });

  it('reads a campus after "University at", a title inside an institution\'s place and a fund "of" its country', () => {
    expect(organizations('Led by the University at Tarrow, the institute will build tutoring tools.')).toEqual(['University at Tarrow']);
    expect(organizations('Members include Brask College and the University of Notre Dame.')).toEqual(['Brask College', 'University of Notre Dame']);
    expect(organizations('Members include Brask College and the University of Prince Velm.')).toEqual(['Brask College', 'University of Prince Velm']);
    expect(organizations('The Export and Investment Fund of Velmark added 100 million.')).toEqual(['Export and Investment Fund of Velmark']);
  });

  it('reads "Technology" closing a company\'s name, and a campus after an institution\'s subject words', () => {
    expect(organizations('Engineers from Vessa Technology helped.')).toEqual(['Vessa Technology']);
    expect(organizations('It works with the University of Engineering and Technology Lahore.')).toEqual(['University of Engineering and Technology Lahore']);
  });

  it('ends a company name before "of <place>"', () => {
    expect(organizations('The bid is led by Mosa Automation of Liège.')).toEqual(['Mosa Automation']);
  });

  it('finds names that appear once in a colon enumeration of mostly marked organisations', () => {
    expect(organizations('The minister announced eight more: Tech Mahira, Fractal Analytica, Avatar AI, Shodha AI and NeuroDQ (Intellicare).')).toEqual([
      'Avatar AI', 'Fractal Analytica', 'NeuroDQ', 'Shodha AI', 'Tech Mahira',
    ]);
  });

  it('finds the organisation an officer belongs to and the buyer in "that X bought"', () => {
    expect(organizations('"It works," says Salma Benali, chief executive of Maghra Neural.')).toEqual(['Maghra Neural']);
    expect(organizations('Sila AI is the Finnish lab that AMD bought in 2024.')).toContain('AMD');
  });

  it('rejects places named before a role noun, before "-based" and after "government of"', () => {
    expect(organizations('The consortium is led by Vltan AI, a Brno startup. It works with Medra Systems, a Medellín NGO.')).toEqual(['Medra Systems', 'Vltan AI']);
    expect(organizations('The state government of Jalisco will spend MXN 800 million.')).toEqual([]);
    expect(organizations('The first candidate, the National Laboratory for Computing (LNCC) in Petrópolis, which runs the current system, was ruled out.')).not.toContain('Petrópolis');
  });

  it('rejects people: after an occupation, with a person appositive, with a title', () => {
    expect(organizations('Steppa Silicon was founded in 2023 by Daniyar Seitov, a former engineer at a European chip firm.')).not.toContain('Daniyar Seitov');
    expect(organizations('The project is coordinated by Jan Hajek, a computational linguist at Karlov University.')).not.toContain('Jan Hajek');
  });

  it('rejects datelines, section headings, gerunds and named machines', () => {
    expect(organizations('SEOUL, Jan 15 (PWS) - Korea cut two teams.')).toEqual([]);
    expect(organizations('**About Orvane Labs Cloud**\n\nOrvane Labs Cloud operates GPU infrastructure.')).toEqual(['Orvane Labs Cloud']);
    expect(organizations('Designing an accelerator is the easy part, analysts said.')).toEqual([]);
    expect(organizations('Training ran on Alpi, the GH200-based supercomputer that CSCS operates in Lugano.')).not.toContain('Alpi');
  });

  it('keeps a company whose name ends in -ing when a later sentence opens on it', () => {
    expect(organizations('MUNICH - Varsing, the Munich-based maker of military software, has raised €600 million. Varsing declined to comment.')).toEqual(['Varsing']);
    expect(organizations('Later came the deal with Varsing. Varsing declined to comment.')).toEqual(['Varsing']);
    expect(organizations('Crowdfunding raised €2 million for Orvane Labs last year.')).toEqual(['Orvane Labs']);
  });

  it('reads an appositive whose descriptor abbreviates a country with dots', () => {
    expect(organizations('The servers were to come through Quillon Forge, the U.S. server maker, which also agreed to design the cooling.')).toEqual(['Quillon Forge']);
  });

  it('takes a body of members named with its acronym, though its words could be a person\'s', () => {
    for (const body of ['Independent System Operator', 'Racing League', 'Investment Authority', 'Trade Chamber', 'Retail Federation', 'Retail Confederation', 'Weavers Guild', 'Lenders Syndicate']) {
      const acronym = `N${body.split(' ').map((word) => word[0]).join('')}`;
      expect(organizations(`The study was run with the Northwind ${body} (${acronym}) and Orvane Labs.`)).toEqual([`Northwind ${body}`, 'Orvane Labs']);
    }
    // (An acronym that is not the name's own, or a name that is no body's, leaves the words to the person test.)
    expect(organizations('The study was run with the Northwind Independent System Operator (SISO) and Orvane Labs.')).toEqual(['Orvane Labs']);
    // ("3 Million Technical Talent (3MTT)": the name read lost the acronym's first character.)
    expect(organizations('The study was run with the 3 Northwind Independent System Operator (3NISO) and Orvane Labs.')).toEqual(['Orvane Labs']);
    expect(organizations('The study was run with the Northwind Independent System Operator (NQZX) and Orvane Labs.')).toEqual(['Orvane Labs']);
    expect(organizations('The study was run with the Northwind Autonomous Surface Ship (NASS) and Orvane Labs.')).toEqual(['Orvane Labs']);
  });

  it('classifies public bodies as agencies, not organisations', () => {
    const found = facts('The deal was signed with the ICT Division. The programme is run by the Federal Public Service Economy, with a grant from Enterprise Ireland and support from the Secretaría de Educación Pública.');
    expect(namesOf(found, 'Organization')).toEqual([]);
    expect(namesOf(found, 'Agency')).toEqual(['Enterprise Ireland', 'Federal Public Service Economy', 'ICT Division', 'Secretaría de Educación Pública']);
  });

  it('classifies an untranslated programme name as an initiative', () => {
    const found = facts('The government delayed the supercomputer at the heart of the Plano Brasileiro de Inteligência Artificial (PBIA).');
    expect(namesOf(found, 'Organization')).toEqual([]);
    expect(namesOf(found, 'Initiative')).toEqual(['Plano Brasileiro de Inteligência Artificial']);
  });
});
