import countries from 'world-countries';
import { ID_PREFIXES } from '../src/graph/ontology';
import { slugify } from '../src/ingest/resolve/ids';
import type { EntityLabel, ExtractedEntity, ExtractedFacts, ExtractedRelation, ParsedArticle, PropValue, RelationType } from '../src/ingest/types';
import { namedThing, organizationName } from './names';
import { hash32, Prng } from './prng';

/** One synthetic article: what writeArticle takes. */
export interface SynthArticle {
  article: ParsedArticle;
  facts: ExtractedFacts;
}

/** How many nodes of each kind a scale has (proportions of a real corpus, scaled). */
export interface GraphPlan {
  governments: number;
  agencies: number;
  initiatives: number;
  consortia: number;
  organizations: number;
  fundings: number;
  focusAreas: number;
  models: number;
  articles: number;
}

/** Counts for about `nodes` nodes: mostly organisations, fewer consortia, initiatives, governments. */
export function planGraph(nodes: number): GraphPlan {
  const governments = Math.min(countries.length, Math.round(20 + nodes / 4000));
  const focusAreas = Math.round(30 + nodes / 40000);
  const share = (p: number) => Math.max(1, Math.round(nodes * p));
  const plan = {
    governments,
    focusAreas,
    agencies: share(0.02),
    initiatives: share(0.03),
    consortia: share(0.04),
    fundings: share(0.15),
    models: share(0.08),
    articles: share(0.02),
    organizations: 0,
  };
  const others = Object.values(plan).reduce((a, b) => a + b, 0);
  plan.organizations = Math.max(10, nodes - others);
  return plan;
}

const CURRENCIES: [string, number][] = [
  ['USD', 1],
  ['EUR', 1.08],
  ['JPY', 0.0067],
  ['KRW', 0.00073],
  ['INR', 0.012],
  ['GBP', 1.27],
  ['AED', 0.27],
];
const FOCUS_WORDS = ['Physical AI', 'Multimodal', 'Robotics', 'Compute infrastructure', 'Healthcare', 'Speech', 'Reasoning', 'Semiconductors'];
const STATUSES = ['selected', 'advanced', 'eliminated', null];

/** Ids and names of every entity, derived from its index (nothing stored per node). */
export class SynthNames {
  constructor(readonly plan: GraphPlan) {}

  government(i: number): ExtractedEntity & { country: string } {
    const c = countries[i % countries.length];
    return { id: `gov:${c.cca2}`, label: 'Government', name: `Government of ${c.name.common}`, aliases: [c.name.common], props: { country: c.cca2 }, sentences: [], country: c.cca2 };
  }

  private named(label: EntityLabel, name: string, props: Record<string, PropValue> = {}): ExtractedEntity {
    return { id: `${ID_PREFIXES[label]}:${slugify(name)}`, label, name, aliases: [], props, sentences: [] };
  }

  agency(i: number) {
    return this.named('Agency', namedThing(i, 2, ['Ministry of Digital Affairs', 'AI Agency', 'Science Council', 'Innovation Office']));
  }
  initiative(i: number) {
    const h = hash32(i, 3);
    return this.named('Initiative', namedThing(i, 3, ['AI Mission', 'Sovereign AI Programme', 'National AI Plan', 'Compute Initiative']), {
      status: h % 3 === 0 ? 'active' : 'announced',
      startDate: String(2019 + (h % 7)),
    });
  }
  consortium(i: number) {
    const h = hash32(i, 4);
    return this.named('Consortium', namedThing(i, 4, ['Consortium', 'Alliance', 'Joint Venture', 'Team']), {
      statedMemberCount: 5 + (h % 20),
      status: STATUSES[(h >>> 4) % STATUSES.length],
    });
  }
  organization(i: number) {
    const { name, kind } = organizationName(i);
    return this.named('Organization', name, { kind, country: this.government(this.homeOf(i)).country });
  }
  focusArea(i: number): ExtractedEntity {
    const name = i < FOCUS_WORDS.length ? FOCUS_WORDS[i] : namedThing(i, 6, ['AI', 'Models', 'Computing', 'Analytics']);
    return { id: `focus:${slugify(name)}`, label: 'FocusArea', name, aliases: [], props: {}, sentences: [] };
  }
  model(i: number) {
    return this.named('Model', `${namedThing(i, 7, ['LM', 'GPT', '-1', 'Vision', 'Coder'])}`);
  }
  funding(i: number, funderId: string, recipientId: string): ExtractedEntity {
    const h = hash32(i, 8);
    const [currency, rate] = CURRENCIES[h % CURRENCIES.length];
    const amount = ((h >>> 3) % 5000 + 1) * 1e6 * (currency === 'JPY' || currency === 'KRW' ? 100 : 1);
    return {
      id: `funding:${slugify(`${funderId} ${recipientId} ${amount} ${currency}`)}`,
      label: 'Funding',
      name: `${currency} ${amount}`,
      aliases: [],
      props: {
        amount,
        currency,
        amountUsd: Math.round(amount * rate),
        usdSource: 'fx:2025-01-01',
        announced: `${2020 + (h % 6)}-0${1 + (h % 9)}-1${h % 10}`,
        text: `${currency} ${amount / 1e6} million`,
      },
      sentences: [],
    };
  }
  /** An organisation's home government. */
  homeOf(org: number): number {
    return hash32(org, 9) % this.plan.governments;
  }
  /** The government that launched an initiative. */
  launcherOf(initiative: number): number {
    return hash32(initiative, 10) % this.plan.governments;
  }
  /** The initiative a consortium is part of. */
  initiativeOf(consortium: number): number {
    return hash32(consortium, 11) % this.plan.initiatives;
  }
}

/**
 * Membership lists of every consortium: each organisation sits in one primary
 * consortium and, for 40%, one or two more picked with a skew (a few large
 * consortia, a long tail), like real corpora.
 */
function buildMemberships(plan: GraphPlan, prng: Prng): { members: number[][]; leader: number[] } {
  const members: number[][] = Array.from({ length: plan.consortia }, () => []);
  for (let o = 0; o < plan.organizations; o += 1) {
    members[o % plan.consortia].push(o);
    const extra = prng.next() < 0.4 ? 1 + prng.int(2) : 0;
    for (let k = 0; k < extra; k += 1) {
      const c = prng.skewed(plan.consortia, 2);
      if (c !== o % plan.consortia) members[c].push(o);
    }
  }
  const leader = members.map((m, c) => m[0] ?? c % plan.organizations);
  return { members, leader };
}

/**
 * Streams the synthetic graph as articles: article k covers a run of consortia
 * (their initiative and its government, leader and members with their home
 * governments and focus areas), plus its share of funding, models and agencies.
 * Each article carries many facts, and the sentences its evidence points at.
 */
export function* generateGraph(nodes: number, seed = 42): Generator<SynthArticle> {
  const plan = planGraph(nodes);
  const names = new SynthNames(plan);
  const prng = new Prng(seed);
  const { members, leader } = buildMemberships(plan, prng);
  const per = (total: number, k: number) => {
    const from = Math.floor((total * k) / plan.articles);
    return [from, Math.floor((total * (k + 1)) / plan.articles)] as const;
  };

  for (let k = 0; k < plan.articles; k += 1) {
    const entities = new Map<string, ExtractedEntity>();
    const relations: ExtractedRelation[] = [];
    const sentences: string[] = [];
    const say = (text: string) => sentences.push(text) - 1;
    const add = (e: ExtractedEntity, s: number) => {
      const seen = entities.get(e.id);
      if (seen) seen.sentences.push(s);
      else entities.set(e.id, { ...e, sentences: [s] });
      return e.id;
    };
    const relate = (type: RelationType, from: string, to: string, s: number, props?: Record<string, PropValue>) =>
      relations.push({ type, from, to, sentences: [s], props });

    const [c0, c1] = per(plan.consortia, k);
    for (let c = c0; c < c1; c += 1) {
      const consortium = names.consortium(c);
      const i = names.initiativeOf(c);
      const initiative = names.initiative(i);
      const gov = names.government(names.launcherOf(i));
      let s = say(`${gov.name} launched ${initiative.name}, and ${consortium.name} is part of it.`);
      add(consortium, s);
      add(initiative, s);
      add(gov, s);
      relate('LAUNCHED', gov.id, initiative.id, s);
      relate('PART_OF', consortium.id, initiative.id, s);
      const lead = names.organization(leader[c]);
      s = say(`${consortium.name} is led by ${lead.name}.`);
      add(lead, s);
      relate('LEADS', lead.id, consortium.id, s);
      const focus = names.focusArea(hash32(c, 12) % plan.focusAreas);
      add(focus, s);
      relate('FOCUSES_ON', consortium.id, focus.id, s);
      for (const o of members[c]) {
        const org = names.organization(o);
        const home = names.government(names.homeOf(o));
        s = say(`${org.name}, based in ${home.aliases[0]}, is a member of ${consortium.name}.`);
        add(org, s);
        add(home, s);
        relate('MEMBER_OF', org.id, consortium.id, s, { role: o === leader[c] ? 'leader' : 'member' });
        relate('BASED_IN', org.id, home.id, s);
        if (hash32(o, 13) % 2 === 0) {
          const area = names.focusArea(hash32(o, 14) % plan.focusAreas);
          add(area, s);
          relate('FOCUSES_ON', org.id, area.id, s);
        }
      }
    }

    const [i0, i1] = per(plan.initiatives, k);
    for (let i = i0; i < i1; i += 1) {
      const initiative = names.initiative(i);
      const gov = names.government(names.launcherOf(i));
      const s = say(`${gov.name} runs ${initiative.name}, focused on compute and models.`);
      add(initiative, s);
      add(gov, s);
      relate('LAUNCHED', gov.id, initiative.id, s);
      for (let f = 0; f < 2; f += 1) {
        const area = names.focusArea(hash32(i, 15 + f) % plan.focusAreas);
        add(area, s);
        relate('FOCUSES_ON', initiative.id, area.id, s);
      }
    }

    const [a0, a1] = per(plan.agencies, k);
    for (let a = a0; a < a1; a += 1) {
      const agency = names.agency(a);
      const gov = names.government(hash32(a, 17) % plan.governments);
      const s = say(`${agency.name} is part of the ${gov.name}.`);
      add(agency, s);
      add(gov, s);
      relate('PART_OF', agency.id, gov.id, s);
    }

    const [f0, f1] = per(plan.fundings, k);
    for (let f = f0; f < f1; f += 1) {
      const h = hash32(f, 18);
      const funder =
        h % 10 < 5
          ? names.government(h % plan.governments)
          : h % 10 < 7
            ? names.agency(h % plan.agencies)
            : names.organization(h % plan.organizations);
      const r = (h >>> 8) % 10;
      const recipient =
        r < 3 ? names.consortium((h >>> 12) % plan.consortia) : r < 6 ? names.initiative((h >>> 12) % plan.initiatives) : names.organization((h >>> 12) % plan.organizations);
      const funding = names.funding(f, funder.id, recipient.id);
      const s = say(`${funder.name} committed ${funding.props.text} to ${recipient.name}.`);
      add(funder, s);
      add(recipient, s);
      add(funding, s);
      relate('PROVIDED', funder.id, funding.id, s);
      relate('TO', funding.id, recipient.id, s);
    }

    const [m0, m1] = per(plan.models, k);
    for (let m = m0; m < m1; m += 1) {
      const model = names.model(m);
      const h = hash32(m, 19);
      const developer = h % 4 === 0 ? names.consortium(h % plan.consortia) : names.organization(h % plan.organizations);
      const area = names.focusArea((h >>> 8) % plan.focusAreas);
      const s = say(`${developer.name} develops ${model.name}, a model for ${area.name}.`);
      add(model, s);
      add(developer, s);
      add(area, s);
      relate('DEVELOPS', developer.id, model.id, s);
      relate('FOCUSES_ON', model.id, area.id, s);
    }

    const id = `synth${seed}x${String(k).padStart(7, '0')}`;
    yield {
      article: {
        id,
        origin: `synthetic/${id}.md`,
        title: `Sovereign AI roundup ${k}`,
        url: `https://synthetic.example/${id}`,
        published: `2025-${String(1 + (k % 12)).padStart(2, '0')}-15`,
        publisher: 'Synthetic Wire',
        body: sentences.join(' '),
        sentences,
      },
      facts: { entities: [...entities.values()], relations },
    };
  }
}

/** Sample ids and names the query benchmarks ask about (deterministic, spread over the graph). */
export function sampleTargets(nodes: number, count: number, seed = 7) {
  const plan = planGraph(nodes);
  const names = new SynthNames(plan);
  const prng = new Prng(seed);
  const consortia = Array.from({ length: count }, () => names.consortium(prng.int(plan.consortia)));
  const orgs = Array.from({ length: count }, () => names.organization(prng.int(plan.organizations)));
  const pairs = Array.from({ length: count }, () => [names.organization(prng.int(plan.organizations)).id, names.organization(prng.int(plan.organizations)).id] as const);
  return { consortia, orgs, pairs };
}
