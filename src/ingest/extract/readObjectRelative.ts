import { isKnownOrganization } from '../resolve/resolveNames';
import { isCountryForm } from '../resolve/countries';
import { classifyName, isTeamOrProjectName } from './classifyName';
import { addMembers, orgItems, type SentenceContext } from './consortiumContext';
import { addTo } from './consortiumDrafts';
import { findNameSpans } from './nameSpans';
import { readList } from './readList';

/**
 * A named team described by what organisations did to it, in a relative clause
 * whose subject they are: "Brellm, the open collaboration that Orvane Labs and
 * Tarsin Group have jointly led since 2022", "Helios, an alliance which Orvane
 * Labs founded in 2023", "the Helios Consortium, which A and B launched".
 *
 * Who leads or coordinates it leads it. Who founded or launched it leads it
 * when one or two organisations did (as one speaks of a team's founders); a
 * longer list of founders is its founding membership.
 */
const HEAD = '(?:collaboration|consortium|alliance|coalition|partnership|joint venture|venture|project|programme|program|initiative|network|effort|hub|centre|center|lab|laboratory|institute)';
/** After the name: its description up to "that/which", or "which" alone for a name that says it is a team. */
// ("CIRIC, the Communication and Information Research and Innovation Center, which …": the description may be the name's long form.)
const DESCRIBED = new RegExp(`^(?: \\([^()]{1,20}\\))?, (?:(?:a|an|the) (?:[\\p{L}-]+ ){0,4}?${HEAD} (?:that|which)|the ((?:\\p{Lu}[\\p{L}-]* (?:(?:and|of|for) )?){1,7}(?:Centre|Center|Institute|Laboratory|Lab|Network|Consortium|Alliance|Project|Programme|Program|Initiative)), (?:that|which)|(which)) `, 'u');
const LED = /^ (?:have |has |had |will |now |still )*(?:jointly |together |co-)?(?:led|lead|leads|run|runs|ran|coordinate|coordinates|coordinated|steer|steers|steered|head|heads|headed|chair|chairs|chaired)\b/;
const RAN_WITH = /^ (?:have |has |had |will |now |still )*(?:led|run|runs|ran|coordinated|coordinates|co-led|co-leads) (?:it )?(?:together |jointly )?(?:with|alongside) /;
const FOUNDED = /^ (?:have |has |had )?(?:jointly |together )?(?:founded|co-founded|launched|set up|started|created|initiated|established|formed|convened)\b/;

export function readObjectRelative(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  // Cheap guard: a relative pronoun after a comma must be there before every name is tried.
  if (!/, (?:[^,]* )?(?:that|which) /.test(sentence)) return;
  for (const span of findNameSpans(sentence)) {
    const described = DESCRIBED.exec(sentence.slice(span.end));
    if (!described || isKnownOrganization(span.text) || isCountryForm(span.text) || !isTeamOrProjectName(span.text)) continue;
    // ("Kesh, which A and B founded in 2020": a bare "which" tells nothing of what Kesh is; only a team's own name says it.)
    if (described[2] && classifyName(span.text) !== 'Consortium') continue;
    const items = orgItems(ctx, readList(sentence, span.end + described[0].length)).filter((item) => !isCountryForm(item.name.text));
    const last = items[items.length - 1];
    if (!last) continue;
    const verb = sentence.slice(last.name.end);
    const founded = FOUNDED.test(verb);
    const leads = LED.test(verb) || (founded && items.length <= 2);
    if (!leads && !founded) continue;
    const draft = book.named(span.text) ?? book.byName(span.text);
    draft.formal = true;
    // (The long form is the team's own name, no member of it.)
    if (described[1]) {
      draft.phrases.add(described[1]);
      ctx.registry.refuse(described[1]);
    }
    if (leads) for (const item of items.slice(0, 3)) addTo(draft.leaders, item.name.text, index);
    else addMembers(ctx, draft, items);
    // ("… which Inria Chile ran together with nine Chilean universities: A, B and C": who ran it with the leader are its members.)
    const partners = leads ? RAN_WITH.exec(verb) : null;
    if (partners) addMembers(ctx, draft, readList(sentence, last.name.end + partners[0].length));
    book.refer(draft, index, span.start, span.end);
  }
}
