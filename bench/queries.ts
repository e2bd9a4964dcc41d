import neo4j from 'neo4j-driver';
import { FACT_TYPES_UNION } from '../src/graph/ontology';
import { FUNDING_BY_COUNTRY } from '../src/graph/queries/fundingSummary';
import type { sampleTargets } from './synthGraph';

/** One request in its three forms: our GraphQL, @neo4j/graphql, and the hand-written Cypher floor. */
export interface QueryForms {
  ours: { query: string; variables: Record<string, unknown> };
  neo: { query: string; variables: Record<string, unknown> };
  cypher: { statement: string; params: Record<string, unknown> };
}

/** A core question, asked with the i-th sample target. */
export interface CoreQuery {
  key: string;
  title: string;
  /** Looks up by an indexed property (the scale target compares these to 10k). */
  indexed: boolean;
  forms(i: number): QueryForms;
}

type Targets = ReturnType<typeof sampleTargets>;

const EVIDENCE_OF = (rel: string, alias: string) => `COLLECT {
      UNWIND ${rel}.evidence AS e WITH split(e, ':') AS ep
      MATCH (${alias}:Article {id: ep[0]})
      RETURN {sentenceIndex: toInteger(ep[1]), sentence: ${alias}.sentences[toInteger(ep[1])], article: ${alias} {.id, .title, .url}} }`;

const Q1_CYPHER = `
MATCH (c:Consortium {nameKey: $key})
CALL (c) {
  MATCH (o:Organization)-[r:MEMBER_OF]->(c)
  WITH o, r, EXISTS { (o)-[:LEADS]->(c) } AS leads
  ORDER BY leads DESC, o.name
  LIMIT 20
  RETURN collect({role: CASE WHEN leads THEN 'LEADER' ELSE 'MEMBER' END, id: o.id, name: o.name,
                  evidence: ${EVIDENCE_OF('r', 'a')}}) AS edges
}
RETURN c.id AS id, c.name AS name, COUNT { (:Organization)-[:MEMBER_OF]->(c) } AS totalCount, edges`;

const Q2_CYPHER = `
MATCH (o:Organization {nameKey: $key})
RETURN o.id AS id, o.name AS name, COLLECT {
  MATCH (o)-[:MEMBER_OF]->(c:Consortium)
  RETURN {role: CASE WHEN EXISTS { (o)-[:LEADS]->(c) } THEN 'LEADER' ELSE 'MEMBER' END, id: c.id, name: c.name,
          initiatives: COLLECT { MATCH (c)-[:PART_OF]->(i:Initiative)
            RETURN {id: i.id, name: i.name, governments: COLLECT { MATCH (g:Government)-[:LAUNCHED]->(i) RETURN g {.id, .name, .country} }} }}
} AS consortia`;

const Q3_CYPHER = `
MATCH (a:Organization {id: $from}), (b:Organization {id: $to})
MATCH p = shortestPath((a)-[:${FACT_TYPES_UNION}*..4]-(b))
UNWIND relationships(p) AS r
WITH p, r, ${EVIDENCE_OF('r', 'x')} AS evidence
WITH p, collect({type: type(r), from: startNode(r).id, to: endNode(r).id, evidence: evidence}) AS steps
RETURN length(p) AS length, [n IN nodes(p) | {id: n.id, label: labels(n)[0], name: n.name}] AS nodes, steps`;

/**
 * The depth-2 neighbourhood of an organisation (at most $limit nodes) and
 * the edges among them, as `ns` and `rs`: the floor and the @neo4j/graphql
 * `@cypher` field both run this and differ only in how they return it.
 */
export const NEIGHBORHOOD_MATCH = `
MATCH (start:Organization {id: $id})
CALL (start) {
  MATCH (start)-[:${FACT_TYPES_UNION}*1..2]-(m)
  RETURN DISTINCT m LIMIT $limit
}
WITH start, collect(m) AS found
WITH [start] + found[0..$limit - 1] AS ns
UNWIND ns AS n
OPTIONAL MATCH (n)-[r:${FACT_TYPES_UNION}]->(other) WHERE other IN ns
WITH ns, collect(DISTINCT r) AS rs`;

const Q4_CYPHER = `${NEIGHBORHOOD_MATCH}
RETURN [n IN ns | {id: n.id, label: labels(n)[0], name: n.name}] AS nodes,
       [r IN rs | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS edges`;

// The API's own statement: the floor must answer the same question.
const Q5_CYPHER = FUNDING_BY_COUNTRY;

/** The five core questions of issue 7, over the sample targets of a scale. */
export function coreQueries(targets: Targets): CoreQuery[] {
  const at = <T>(list: readonly T[], i: number) => list[i % list.length];
  return [
    {
      key: 'q1',
      title: 'consortium members + roles + evidence',
      indexed: true,
      forms: (i) => {
        const c = at(targets.consortia, i);
        return {
          ours: {
            query: `query Q1($name: String!) { consortium(name: $name) { id name members(first: 20) { totalCount edges { role node { id name } evidence { sentenceIndex sentence article { id title url } } } } } }`,
            variables: { name: c.name },
          },
          neo: {
            query: `query Q1($key: String!) { consortiums(where: { nameKey: { eq: $key } }) { id name leaders { id } membersConnection(first: 20, sort: [{ node: { name: ASC } }]) { totalCount edges { properties { evidence sources } node { id name } } } } }`,
            variables: { key: c.name.toLowerCase() },
          },
          cypher: { statement: Q1_CYPHER, params: { key: c.name.toLowerCase() } },
        };
      },
    },
    {
      key: 'q2',
      title: 'organisation → consortia → initiative → government',
      indexed: true,
      forms: (i) => {
        const o = at(targets.orgs, i);
        return {
          ours: {
            query: `query Q2($name: String!) { organization(name: $name) { id name consortia { role consortium { id name initiatives { id name governments { id name country } } } } } }`,
            variables: { name: o.name },
          },
          neo: {
            query: `query Q2($key: String!) { organizations(where: { nameKey: { eq: $key } }) { id name leads { id } consortia { id name initiatives { id name governments { id name country } } } } }`,
            variables: { key: o.name.toLowerCase() },
          },
          cypher: { statement: Q2_CYPHER, params: { key: o.name.toLowerCase() } },
        };
      },
    },
    {
      key: 'q3',
      title: 'shortest path between two organisations (≤4 hops)',
      indexed: true,
      forms: (i) => {
        const [from, to] = at(targets.pairs, i);
        return {
          ours: {
            query: `query Q3($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { length nodes { id label name } steps { id type from to evidence { sentenceIndex sentence article { id title url } } } } }`,
            variables: { from, to },
          },
          neo: { query: `query Q3($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) }`, variables: { from, to } },
          cypher: { statement: Q3_CYPHER, params: { from, to } },
        };
      },
    },
    {
      key: 'q4',
      title: 'neighbourhood depth 2, limit 200',
      indexed: true,
      forms: (i) => {
        const id = at(targets.orgs, i + 1).id;
        return {
          ours: {
            query: `query Q4($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { nodes { id label name } edges { type from to } } }`,
            variables: { id },
          },
          neo: { query: `query Q4($id: ID!, $limit: Int!) { neighborhood(id: $id, limit: $limit) }`, variables: { id, limit: 200 } },
          cypher: { statement: Q4_CYPHER, params: { id, limit: neo4j.int(200) } },
        };
      },
    },
    {
      key: 'q5',
      title: 'funding in USD by country',
      indexed: false,
      forms: () => ({
        ours: { query: `query Q5 { fundingSummary(groupBy: COUNTRY) { key label totalUsd count withoutUsd } }`, variables: {} },
        neo: { query: `query Q5 { fundingByCountry }`, variables: {} },
        cypher: { statement: Q5_CYPHER, params: {} },
      }),
    },
  ];
}
