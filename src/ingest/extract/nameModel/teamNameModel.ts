import { nameKey } from '../../resolve/resolveNames';
import { memberProbability, trainedModel, type MembershipModel } from '../membershipModel/membershipModel';
import { NAME_FEATURES, nameSpanRows, type NameSpanRow } from './nameSpanRows';

/**
 * seeds/team-name-model.json: which capitalised name of an article is the
 * name of the collaboration it reports on ("Health AI Partnership",
 * "PANCAIM", "M.AX Alliance"). The same rows as the name model (words around
 * the name, its shape) plus whether the headline carries it; written by `npm
 * run train:teams` (training/teamNameTraining.ts says how its threshold is
 * chosen). The rules name a team from the phrasings they know; this reads the
 * team's name when the article phrases it in a way none of them does.
 */
export interface TeamNameModel extends Omit<MembershipModel, 'trainedOn'> {
  trainedOn: { articles: number; names: number; teams: number };
}

/** What ranking needs of a model: its weights and threshold (a model trained without some articles, to evaluate it). */
export type TeamNameWeights = Pick<TeamNameModel, 'weights' | 'words' | 'threshold'>;

/** The trained model; refuses a file whose features are not the code's (retrain after changing NAME_FEATURES). */
export function teamNameModel(): TeamNameModel {
  return trainedModel<TeamNameModel>('team-name-model.json', NAME_FEATURES, 'train:teams');
}

/**
 * A row per distinct name of the article, with "t:headline" among its words
 * when the headline carries it, and "t:url" when the article's address does
 * (".../2023/06/dairnet-phase-two-contracts": news sites put the subject of a
 * story in its address, often as the only name there).
 */
export function teamNameRows(sentences: string[], title: string, url = ''): NameSpanRow[] {
  const headline = ` ${nameKey(title)} `;
  const address = urlWords(url);
  return nameSpanRows(sentences).map((row) => {
    const tags = [...(headline.includes(` ${nameKey(row.text)} `) ? ['t:headline'] : []), ...(inAddress(row.text, address) ? ['t:url'] : [])];
    return tags.length ? { ...row, context: [...row.context, ...tags] } : row;
  });
}

/** The words of an address's path, lower case, accents dropped ("vera.ai" → "vera", "ai"); the host names the publisher, not the story. */
function urlWords(url: string): string[] {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  return nameKey(decodeURIComponentSafe(path)).split(' ').filter(Boolean);
}

const decodeURIComponentSafe = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** Whether the address spells the name as consecutive words, its own words or run together ("DAIRNet" in "dairnet-phase-two"). */
function inAddress(name: string, words: string[]): boolean {
  const joined = nameKey(name).replace(/ /g, '');
  if (joined.length < 3) return false;
  for (let start = 0; start < words.length; start++) {
    let run = '';
    for (let end = start; end < words.length && run.length < joined.length; end++) {
      run += words[end];
      if (run === joined) return true;
    }
  }
  return false;
}

/** A name the model reads as the article's team's, with the model's probability. */
export interface LikelyTeam {
  name: string;
  probability: number;
  /** "AI-Native Wireless Networks (AI-WIN)": the short form the text gives it. */
  acronym?: string;
}

/**
 * The name the model ranks first as the article's team's among those
 * `canBeTeam` allows (the registry knows some are people or places), when it
 * reaches the model's threshold.
 */
export function likelyTeamName(
  sentences: string[],
  title: string,
  canBeTeam: (name: string) => boolean = () => true,
  model: TeamNameWeights = teamNameModel(),
  url = '',
): LikelyTeam | undefined {
  let best: LikelyTeam | undefined;
  const titleCase = sentences.map(isTitleCase);
  for (const row of teamNameRows(sentences, title, url)) {
    // ("💬 JudyAI Lab Perspective": a name that is only ever a line of its own is a section's label.)
    if (row.spans.every(({ sentence, span }) => !/\p{L}/u.test(sentences[sentence].slice(0, span.start) + sentences[sentence].slice(span.end)))) continue;
    // ("AI Research Consortium Launched to Help Address Global Pandemics": a headline in title case capitalises words that are no name.)
    if (row.spans.every(({ sentence }) => titleCase[sentence])) continue;
    const probability = memberProbability(model, row);
    if ((!best || probability > best.probability) && canBeTeam(row.text)) best = { name: row.text, probability, acronym: row.spans.find(({ span }) => span.acronym)?.span.acronym };
  }
  return best && best.probability >= model.threshold ? best : undefined;
}

/** Small words a title-case headline leaves lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'vs', 'via']);

/** A line in title case: four words or more, every one but the small ones capitalised. */
export function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((word) => /\p{L}/u.test(word) && !TITLE_SMALL_WORDS.has(word.toLowerCase()));
  return words.length >= 4 && words.every((word) => /^[^\p{L}]*[\p{Lu}\p{N}]/u.test(word));
}
