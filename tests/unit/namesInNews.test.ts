import { extractFacts } from '../../src/ingest/extract';
import { findNameSpans } from '../../src/ingest/extract/nameSpans';
import { readList } from '../../src/ingest/extract/readList';
import { looksLikePerson } from '../../src/ingest/extract/classifyName';
import { ORG_HEADS, saysNotMember } from '../../src/ingest/extract/lexicon';
import { namesOf, titledArticle } from './support/articleOf';

/**
 * Names as news reports write them: a campus after a comma, an apostrophe
 * inside a name, a centre's field after "in", a hub's two-part purpose, an
 * institution word of another language, a university's fields after "of",
 * and descriptors with "and" in member lists. Organisation names are invented;
 * places are real (a campus is known by its city).
 */
const spans = (sentence: string): string[] => findNameSpans(sentence).map((span) => span.text);
const orgs = (body: string): string[] => namesOf(extractFacts(titledArticle('Partners named', body)), 'Organization');

describe('names written with commas, apostrophes and particles', () => {
  it('keeps a university\'s two subjects joined by "and" in its name, but splits two names', () => {
    expect(spans('researchers at Tessaly Medical and Dental University said')).toEqual(['Tessaly Medical and Dental University']);
    expect(spans('the Orvik University of Economics and Business joined')).toEqual(['Orvik University of Economics and Business']);
    expect(spans('Kesh Medical and Orvane University joined')).toEqual(['Kesh Medical', 'Orvane University']);
  });

  it('keeps a body\'s topic after "on" in its name, but not a day or another name', () => {
    expect(spans('The Orvane Lighthouse on Secure and Safe AI, known as OLSA, is coordinated by Kesh.')).toEqual(['Orvane Lighthouse on Secure and Safe AI', 'OLSA', 'Kesh']);
    expect(spans('the Research Centre on Interactive Media said')).toEqual(['Research Centre on Interactive Media']);
    expect(spans('the Task Force on AI Safety and Orvane said')).toEqual(['Task Force on AI Safety', 'Orvane']);
    expect(spans('Kesh Network on Monday said')).toEqual(['Kesh Network']);
  });

  it('opens a name after a single quote or an elided article, and keeps an elided particle inside one', () => {
    expect(spans("Three institutes start 'Orvane Japan R&D Network', aiming to unite research")).toEqual(['Orvane Japan R&D Network']);
    expect(spans('Kesh releases the ‘Common Pile’ corpus')).toEqual(['Kesh', 'Common Pile']);
    expect(spans("the Institut d'Intelligence Artificielle and O'Brien Labs said")).toEqual(["Institut d'Intelligence Artificielle", "O'Brien Labs"]);
    expect(spans("researchers at l'Institut Orvane said")).toEqual(['Institut Orvane']);
  });

  it('keeps a city after a comma as a university’s campus, and a list item after it apart', () => {
    expect(spans('Joining them is the University of Marsk, Irvine, which brings ocean models.')).toEqual(['University of Marsk, Irvine']);
    expect(spans('Joining them is the University of Marsk, Berkeley (UMB).')[0]).toBe('University of Marsk, Berkeley');
    expect(spans('The University of Marsk, Brenna Polytechnic and Orvik Labs signed.')).toEqual(['University of Marsk', 'Brenna Polytechnic', 'Orvik Labs']);
  });

  it('keeps a titled possessive after a place’s name ("Boston Children’s Hospital")', () => {
    expect(spans("Partners include Orvik Children's Hospital and Kvarn University.")).toEqual(["Orvik Children's Hospital", 'Kvarn University']);
  });

  it('reads an apostrophe between two capitals as part of the word', () => {
    expect(spans("The deal was signed with the Scuola Superiore Sant'Orvik of Pisa last week.")).toContain("Scuola Superiore Sant'Orvik");
    expect(spans("Brenna's team and Orvik's lab signed.")).not.toContain("Brenna's");
  });

  it('keeps a centre’s field after "in" but not a place', () => {
    expect(spans('The Kestrel Training Centre in Plant Biosecurity opens in 2024.')).toContain('Kestrel Training Centre in Plant Biosecurity');
    expect(spans('The Kestrel Centre in New York opens in 2024.')).toEqual(['Kestrel Centre', 'New York']);
  });

  it('keeps both halves of a hub’s purpose that an abstract noun closes, but not a company after "and"', () => {
    expect(spans('The Kestrel Research Hub for Farming Productivity and Disease Prevention opened.')).toEqual(['Kestrel Research Hub for Farming Productivity and Disease Prevention']);
    expect(spans('The Hub for Robotics and Orvik Web Services signed.')).toEqual(['Hub for Robotics', 'Orvik Web Services']);
  });
});

describe('organisations the reader keeps', () => {
  it('does not take an institution word of another language for a person’s given name', () => {
    expect(orgs('As an example, Universiti Brenna Kestrel would be the one to take charge of agriculture.')).toContain('Universiti Brenna Kestrel');
    expect(looksLikePerson('Universiti Brenna Kestrel', ORG_HEADS)).toBe(false);
    expect(looksLikePerson('Aida Serikova', ORG_HEADS)).toBe(true);
  });

  it('merges a university’s short name into its full name with the fields it covers', () => {
    const found = orgs('Kestrel University of Science and Technology signed with Orvik Labs. Kestrel University will host the lab.');
    expect(found).toContain('Kestrel University of Science and Technology');
    expect(found).not.toContain('Kestrel University');
  });

  it('keeps a university apart from a longer name that is not only its fields', () => {
    expect(orgs('Kestrel University of Marsk signed with Orvik Labs. Kestrel University will host the lab.')).toContain('Kestrel University');
  });

  it('merges a brand’s short form into a name joined by an ampersand', () => {
    const found = orgs('The project was led by Marsk Truck & Bus, the carmaker. Alongside Marsk, the group counted Orvik Labs and Brenna Systems.');
    expect(found).toContain('Marsk Truck & Bus');
    expect(found).not.toContain('Marsk');
  });
});

describe('member lists with descriptors', () => {
  const sentence = 'The consortium comprised brake specialist Kvarn, wiring and cable maker Orvik, Brenna and the Munich start-up Tallin.';

  it('reads a descriptor with "and" in it when a role noun closes it', () => {
    expect(readList(sentence, sentence.indexOf('comprised ') + 10).map((item) => item.name.text)).toEqual(['Kvarn', 'Orvik', 'Brenna', 'Tallin']);
  });
});

describe('words that say an organisation is no member', () => {
  it('counts them in lower case, or opening the text, but not inside a capitalised name', () => {
    expect(saysNotMember('the Centro Hospitalar and IRCCS Policlinico San Donato near Milan')).toBe(false);
    expect(saysNotMember('the Global Fund and Orvik Labs')).toBe(false);
    expect(saysNotMember('which is funded by Orvik Labs')).toBe(true);
    expect(saysNotMember('Not a partner: Orvik Labs')).toBe(true);
  });
});

describe('organisations named once, in business prose', () => {
  it('keeps a person’s initials opening a name, but not a country’s or a sentence break', () => {
    expect(spans('Partners include L.N. Marsk Eurasian National University and Orvik Labs.')).toContain('L.N. Marsk Eurasian National University');
    expect(spans('The U.S. Orvik Agency said so.')).not.toContain('U.S. Orvik Agency');
    expect(spans('It serves Washington, D.C. In April Orvik Labs joined.').some((span) => span.startsWith('D.C. '))).toBe(false);
  });

  it('keeps subject words after "and" inside an institute’s name', () => {
    expect(spans('Partners include the Institute of Information and Computational Technologies and Orvik Labs.')).toContain('Institute of Information and Computational Technologies');
  });

  it('reads a legal form as an organisation’s head', () => {
    // (The legal form is dropped from the name the graph shows.)
    expect(orgs('Half of it was public money, and Marsk Brenner AG led it from start to finish.')).toContain('Marsk Brenner');
  });

  it('reads every item after a plural role and a comma ("other carmakers, including …")', () => {
    expect(orgs('Orvik also supplies chips to other carmakers, including Brenna, Kvarn and Li Tessa.')).toEqual(expect.arrayContaining(['Brenna', 'Kvarn', 'Li Tessa']));
  });

  it('reads a subject list after a fronted date when one item’s descriptor names a role', () => {
    expect(orgs("In October 2023, Kvarn, Tessel Motors (TM) and TM's self-driving unit Brenna said they would launch robotaxis.")).toEqual(expect.arrayContaining(['Kvarn', 'Brenna']));
  });

  it('reads an appositive owner’s unit and a business tie as organisations', () => {
    expect(orgs("The round was led by Orvik Capital, with KV, Brenna's venture capital arm, taking part.")).toEqual(expect.arrayContaining(['KV', 'Brenna']));
    expect(orgs("Sundar Kessel, Brenna's chief executive, spoke.")).not.toContain('Sundar Kessel');
    expect(orgs('Tessaro is already the largest customer of Kvarnweave, which relies on it for revenue.')).toContain('Kvarnweave');
    expect(orgs('It closed alongside a minority stake in a local EV maker.')).not.toContain('EV');
  });

  it('reads a name with shares, a spokesperson, investors, staff or a stock listing as an organisation, or one that declines to comment', () => {
    for (const sentence of [
      'Shares of Kesh rose 4% after the announcement.',
      'Kesh shares fell 2% on Tuesday.',
      'A spokesperson for Kesh said the deal was important.',
      'Investors in Kesh include Varo Capital.',
      'Kesh employs 300 people in Bergen.',
      'Kesh is listed on the Oslo Stock Exchange.',
      'Kesh declined to comment.',
      'Kesh did not immediately respond to a request for comment.',
      'Kesh is headquartered in Bergen.',
      'Kesh has offices in Bergen and Tromsø.',
      'Kesh has more than 300 employees.',
      'Kesh went public in 2021.',
      'Kesh reported revenue of 40 million crowns.',
      "Kesh's valuation rose, and its board approved the deal.",
      'Kesh was founded in 2019 in Bergen.',
      'Kesh has 40 engineers in Bergen.',
    ]) {
      expect(orgs(sentence)).toContain('Kesh');
    }
    // A country declining to comment is a government.
    expect(orgs('Norway declined to comment, and a spokesperson for Norway said so.')).toEqual([]);
    // "went public with results" discloses them: a place opening the sentence is no company.
    expect(orgs('Over in Hualien, Kesh and Brenn went public in January with results from the project.')).not.toContain('Hualien');
  });

  it('reads an owner of named businesses as an organisation', () => {
    expect(orgs("Nebiro emerged last year from the restructuring of Kvarndex's international businesses.")).toContain('Kvarndex');
  });
});

describe('lists that name organisations by what they do together', () => {
  it('reads the names after "collaborations with" or "cooperation with", a descriptor before the last among them', () => {
    expect(orgs('Apart from the academic consortium, Veldra has entered into collaborations with Orvik, Kelso and industry body Tessalink for deployment.')).toEqual(['Kelso', 'Orvik', 'Tessalink']);
    expect(orgs('The institute is in cooperation with Brenna, Marsk and Ledra on the pilot.')).toEqual(['Brenna', 'Ledra', 'Marsk']);
  });

  it('reads bold bullets under a line about newcomers or who does what, but no one-word label before a colon', () => {
    const body = ['What the newcomers say they are building:', '- **Ferrit** — reasoning models for banks', '- **Orvane Mahal** — an Indic model via its Makers Lab', '- **Kelpa** — small models for Indic languages'].join('\n');
    expect(orgs(body)).toEqual(expect.arrayContaining(['Ferrit', 'Kelpa', 'Orvane Mahal']));
    const labelled = ['The partners, as announced:', '- Leader: Condra Data, a 40-person Bogotá startup', '- Net: the firms are partners, not co-owners'].join('\n');
    expect(orgs(labelled)).not.toEqual(expect.arrayContaining(['Leader']));
    expect(orgs(labelled)).not.toEqual(expect.arrayContaining(['Net']));
  });
});

describe('names closed by an industry word', () => {
  it('takes "… Therapeutics", "… Pharma", "… Aerospace" for companies, and a name listed beside two of them too', () => {
    expect(orgs('The consortium pools assay data from Belmar Bio, Tessaly Therapeutics and Orvane Pharma.')).toEqual(['Belmar Bio', 'Orvane Pharma', 'Tessaly Therapeutics']);
    expect(orgs('Kesh Aerospace will test the drones over the bay.')).toEqual(['Kesh Aerospace']);
  });
});

describe('what the words around a name say it is', () => {
  it('reads the items of a list the words after it call companies or members, however person-like', () => {
    expect(orgs('Silver-level backers include Mirren Vale, Orvik and Zaptor, among several dozen smaller companies.')).toEqual(['Mirren Vale', 'Orvik', 'Zaptor']);
    expect(orgs('Kesh Velden, Orvane and other start-ups joined the pilot.')).toEqual(['Kesh Velden', 'Orvane']);
    expect(orgs('Mara Velden, Tomas Brandt and other founders spoke at the launch.')).toEqual([]);
  });

  it('takes a forum that acts, speaks or has members for a body, and one met at for an event', () => {
    expect(orgs('Tessaly Labs and Bramble Robotics are members of the Kestrel Model Forum.')).toContain('Kestrel Model Forum');
    expect(orgs('The Kestrel Economic Forum said AI would change half of all jobs.')).toEqual(['Kestrel Economic Forum']);
    expect(orgs('The state ran the pilot with the Kestrel Economic Forum.')).toEqual(['Kestrel Economic Forum']);
    expect(orgs('Ministers met at the Kestrel Economic Forum in Doha, and Orvane Labs signed a deal there.')).toEqual(['Orvane Labs']);
    // (Only a forum: a ministry the pilot ran with stays a public body.)
    expect(orgs('Before the Kestrel Economic Forum, Orvane Labs ran a pilot with the Kestrel Ministry of Digital Affairs.')).toEqual(['Orvane Labs']);
  });

  it('takes no kind or field of AI for an organisation ("Symbolic AI works with explicit rules")', () => {
    expect(orgs('Symbolic AI works with explicit rules, while Kesh Labs builds Broad AI systems.')).toEqual(['Kesh Labs']);
    expect(orgs('- **Explainable AI** — Orvane Systems, working jointly with Tessaly Labs.')).toEqual(['Orvane Systems', 'Tessaly Labs']);
  });

  it('reads the platform model files are kept on or downloaded from as an organisation', () => {
    expect(orgs('The weights are on Mirren Vale under a permissive licence.')).toEqual(['Mirren Vale']);
    expect(orgs('Access: download via Mirren Vale; business customers can use it through a cloud.')).toEqual(['Mirren Vale']);
    expect(orgs('The corpus was published through Mirren Vale last week.')).toEqual(['Mirren Vale']);
  });
});

describe('funds', () => {
  it('takes a fund named for investing for an organisation, not a funding programme\'s fund', () => {
    expect(orgs('Humara, the AI company launched this week by the Orvik Public Investment Fund (OPIF), set out its plans.')).toContain('Orvik Public Investment Fund');
    expect(orgs('The Kesh National Growth Fund approved an equity investment of 560 billion won in Tessaly Labs.')).toEqual(['Kesh National Growth Fund', 'Tessaly Labs']);
    expect(orgs('The grant comes from the Kesh Strategic Priorities Fund, and Tessaly Labs will run the hub.')).toEqual(['Tessaly Labs']);
  });
});
