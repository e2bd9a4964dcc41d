import { extractFacts } from '../../src/ingest/extract';
import { findNameSpans } from '../../src/ingest/extract/nameSpans';
import { collectivesSpokenOf } from '../../src/ingest/extract/membershipModel/articleTeam';
import { articleOf, expectAllJoin, namesOf, readerRelationsOf, relationsOf, titledArticle } from './support/articleOf';

/** Coalitions, founding-partner lists and labelled bullets as unseen articles write them. Every name is invented. */
const readersOnly = (body: string): string[] => readerRelationsOf(articleOf(body), 'MEMBER_OF');

describe('coalition phrasings', () => {
  it('reads "the Coalition for X (ACR)" as a team, and the sponsors listed under it as its members', () => {
    const body = [
      'Several software makers on Thursday unveiled the Coalition for Safe Robots (CoSR), an open-source effort on shared security practices.',
      'CoSR was initiated by Orvik Systems.',
      '## Founding sponsors',
      '**Premier sponsors**',
      '- Orvik Systems\n- Talla Cloud\n- Brenna Labs',
      '**Founding sponsors**',
      '- Marsk Software\n- Vella Networks',
    ].join('\n\n');
    expect(readersOnly(body)).toEqual(['Brenna Labs', 'Marsk Software', 'Orvik Systems', 'Talla Cloud', 'Vella Networks'].map((org) => `${org} → Coalition for Safe Robots`));
    // "CoSR was initiated by X": the short form names it, and initiating it is leading it.
    expect(readerRelationsOf(articleOf(body), 'LEADS')).toEqual(['Orvik Systems → Coalition for Safe Robots']);
  });

  it('takes a list introduced by "the founding partner list:" as members of the coalition named by its short form', () => {
    const body = [
      'We are following the announcement from the Coalition for Fair Models (CFM), the non-profit group working on how AI tools should be tested.',
      'The group unveiled its leadership ten days ago.',
      'Its board meets monthly.',
      'CFM says its founding partners span research groups and provider organisations.',
      'Here is the non-profit founding partner list as published:',
      'Orvik Health, Talla Medicine, Brenna Clinic and Marsk Health System, among others.',
    ].join('\n\n');
    expect(readersOnly(body)).toEqual(['Brenna Clinic', 'Marsk Health System', 'Orvik Health', 'Talla Medicine'].map((org) => `${org} → Coalition for Fair Models`));
  });

  it('names no team after a person introduced as "a co-founder of the coalition"', () => {
    const facts = extractFacts(articleOf('The Halden Alliance named Dr. Jane Roe, a co-founder of the coalition, as its first chief executive. Orvik Systems and Talla Cloud are members of the Halden Alliance.'));
    expect(namesOf(facts, 'Consortium')).toEqual(['Halden Alliance']);
  });

  it('reads a labelled bullet\'s list after the label, and no member from "Absent:"', () => {
    const body = [
      'The Halden Link Consortium publishes its board once a year.',
      '### Who is behind it',
      '- Current board (per the consortium): Orvik Systems, Talla Cloud and Brenna Labs.',
      '- Absent: Marsk Software, whose own interconnect the standard competes with.',
    ].join('\n\n');
    const found = readersOnly(body);
    expect(found).toEqual(expect.arrayContaining(['Orvik Systems → Halden Link Consortium', 'Talla Cloud → Halden Link Consortium']));
    expect(found.filter((pair) => /Current|Absent|Marsk/.test(pair))).toEqual([]);
  });

  it('takes no question\'s auxiliary for a name ("Can a coalition of incumbents compete?")', () => {
    const facts = extractFacts(articleOf('Can a coalition of incumbents make the region competitive? Orvik Systems and Talla Cloud think so.'));
    expect(namesOf(facts, 'Consortium')).not.toContain('Can');
    expect(namesOf(facts, 'Organization')).not.toContain('Can');
  });

  it('makes the body a headline calls an alliance the team of the members its table lists', () => {
    const body = [
      'Halden Valley is often described as the region’s answer to larger hubs.',
      'What it really is: a research alliance that binds universities to companies.',
      '## Members at a glance',
      '| Member | Type | Joined |\n|---|---|---|\n| Orvik University | University | 2016 |\n| Talla Motors | Company | 2017 |\n| Brenna Institute | Research institute | 2018 |\n| Marsk Robotics | Company | 2020 |',
    ].join('\n\n');
    const found = relationsOf(extractFacts(titledArticle('Explainer: who is inside Halden Valley, the region’s AI research alliance?', body)), 'MEMBER_OF');
    expectAllJoin(found, 'Halden Valley');
  });

  it('takes the bullets under "Joined in 2023" as members of the alliance in view', () => {
    const body = [
      'The Halden AI Alliance was formed in February 2023 by Orvik Telecom.',
      '**Founding partners**',
      '- **Talla Chips** — inference chips.\n- **Brenna Cloud** — cloud services.',
      '**Joined in 2023**',
      '- **Marsk Robotics** — robot software.\n- **Vella Speech** — speech models.',
    ].join('\n\n');
    expect(readersOnly(body)).toEqual(expect.arrayContaining(['Marsk Robotics → Halden AI Alliance', 'Vella Speech → Halden AI Alliance']));
  });

  it('keeps "Coalition for A and B" whole when B is what it works for, and splits "… and Google"', () => {
    const spans = (sentence: string) => findNameSpans(sentence).map((span) => span.text);
    expect(spans('The Coalition for Media Provenance and Authenticity is a standards body.')).toEqual(['Coalition for Media Provenance and Authenticity']);
    expect(spans('The Alliance for Open Models and Google announced a deal.')).toEqual(['Alliance for Open Models', 'Google']);
  });

  it('takes the body a headline names by a collective noun as the team, not the foundation hosting it', () => {
    const body = [
      'The Orvik Agent Foundation, announced on 9 December, is a directed fund operating under the Halden Software Foundation.',
      'Its members include Talla Cloud, Brenna Labs, Marsk Software and Vella Data, which will sit on its governing board.',
      'Member companies fund the foundation and elect its board.',
    ].join('\n\n');
    const found = relationsOf(extractFacts(titledArticle('Rivals pool their agent plumbing: inside the new Orvik Agent Foundation', body)), 'MEMBER_OF');
    expectAllJoin(found, 'Orvik Agent Foundation');
  });

  it('reads "the X Alliance for Y (ACR)" as a team, its head before its subject, not as an organisation', () => {
    const body = 'The Kestrel Alliance for Innovation (KAI) was presented in Paris. Its members are Orvane Pharma, Tessaly Labs and Bramble Robotics.';
    expect(relationsOf(extractFacts(articleOf(body)), 'MEMBER_OF')).toEqual(['Bramble Robotics', 'Orvane Pharma', 'Tessaly Labs'].map((org) => `${org} → Kestrel Alliance for Innovation`));
    // An organisation only "the alliance" is spoken of with joins it by its name, not a team named after its institute.
    const spoken = [
      'Last week the Halden Alliance for Robots in Care (HARC) unveiled a roadmap. The alliance, founded in 2018 and run out of Orvik University\'s Institute of Care Innovation, says it now brings together more than 100 member organisations.',
      'It came out of the membership. Orvik University convenes the alliance through its Institute of Care Innovation, but the working groups include people from hospitals and companies.',
    ].join('\n\n');
    const facts = extractFacts(articleOf(spoken));
    expect(namesOf(facts, 'Organization')).not.toContain('Halden Alliance for Robots in Care');
    expect(relationsOf(facts, 'MEMBER_OF')).toEqual(['Orvik University → Halden Alliance for Robots in Care']);
  });

  it('counts no body named as another\'s host ("under the X Foundation") among the collectives members are spoken of with', () => {
    const entity = (name: string, sentences: number[]) => ({ id: `org:${name}`, label: 'Organization' as const, name, aliases: [], props: {}, sentences });
    const sentences = [
      'The new fund operates under the Halden Software Foundation, and its members include Talla Cloud and Brenna Labs.',
      'Members of the fund sit on its board, as at the Halden Software Foundation.',
    ];
    expect(collectivesSpokenOf(sentences, 'A new fund', [entity('Halden Software Foundation', [0, 1])])).toEqual([]);
    const plain = ['The Halden Software Foundation said its members include Talla Cloud and Brenna Labs.', 'Members of the Halden Software Foundation sit on its board.'];
    expect(collectivesSpokenOf(plain, 'A new fund', [entity('Halden Software Foundation', [0, 1])]).map((c) => c.entity.name)).toEqual(['Halden Software Foundation']);
  });

  it('reads "X (ACR), a research association" as a team its participating companies join', () => {
    const body = [
      'Twelve companies have established the "Advanced Chip Research for Vehicles" (ACRV), a research association for in-vehicle chips.',
      'The participating companies are Orvik Motor, Talla Motor, Brenna Electronics and Marsk Semiconductor.',
    ].join('\n\n');
    expect(readersOnly(body)).toEqual(['Brenna Electronics', 'Marsk Semiconductor', 'Orvik Motor', 'Talla Motor'].map((org) => `${org} → Advanced Chip Research for Vehicles`));
  });

  it('counts "Project X" among the collectives members are spoken of with, its noun coming first', () => {
    const entity = { id: 'initiative:project-halden', label: 'Initiative' as const, name: 'Project Halden', aliases: [], props: {}, sentences: [0] };
    const sentences = ['Project Halden was announced in June; its members include Orvik Bank and Talla Bank.', 'The project’s partners met on Monday.'];
    expect(collectivesSpokenOf(sentences, 'Banks finish a risk project', [entity]).map((c) => c.entity.name)).toEqual(['Project Halden']);
  });

  it('takes no sentence-opening preposition for a team ("Within the association, …")', () => {
    const facts = extractFacts(articleOf('The Halden Robot Association has 20 members. Within the association, Orvik Systems, Talla Robotics and Brenna Labs lead the work on hands.'));
    expect(namesOf(facts, 'Consortium')).not.toContain('Within');
  });

  it('reads "the initiative was spearheaded by X" as the leader of the team the model built for it', () => {
    const body = [
      'More than 60 companies signed up to something called the Halden AI Champions Initiative on Monday.',
      'The initiative was spearheaded by Orvik Capital, whose European arm drafted the report.',
      '## Who is in',
      'The company list reads like a tour of the region’s stock exchanges.',
      'From heavy industry came Talla Motors, Brenna Steel and Marsk Energy.',
      'From software, Vella Software and Kesh Labs signed up.',
    ].join('\n\n');
    const facts = extractFacts(articleOf(body));
    expect(relationsOf(facts, 'LEADS')).toEqual(['Orvik Capital → Halden AI Champions Initiative consortium']);
  });
});
