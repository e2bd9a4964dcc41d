/**
 * Closed word lists the extraction patterns are built from. They describe how
 * English news prose names things (role nouns, name heads, titles), never
 * which things exist: no company, country or article is named here.
 */

/** Lowercase role nouns that introduce an organisation name: "automaker Honda". */
export const ROLE_NOUNS = [
  'company', 'companies', 'firm', 'firms', 'startup', 'startups', 'start-up', 'start-ups', 'maker', 'makers',
  'automaker', 'automakers', 'carmaker', 'carmakers', 'chipmaker', 'chipmakers', 'chip designer', 'giant', 'giants', 'leader', 'group', 'groups',
  'conglomerate', 'enterprise', 'operator', 'operators', 'provider', 'providers', 'subsidiary', 'unit', 'arm',
  'affiliate', 'bank', 'lender', 'fund', 'funds', 'investor', 'investors', 'lab', 'labs', 'laboratory', 'institute',
  'institutes', 'university', 'universities', 'utility', 'cooperative', 'organisation', 'organization',
  'organisations', 'organizations', 'developer', 'developers', 'publisher', 'publishers', 'insurer', 'manufacturer',
  'manufacturers', 'supplier', 'suppliers', 'carrier', 'telco', 'telcos', 'foundry', 'hyperscaler', 'hyperscalers',
  'specialist', 'integrator', 'outfit', 'player', 'champion', 'heavyweight', 'heavyweights', 'partner', 'partners', 'rival',
  'rivals', 'unicorn', 'spinout', 'spin-off', 'incubator', 'accelerator', 'centre', 'center', 'retailer', 'platform', 'vehicle', 'NGO', 'software house', 'consultancy', 'consultancies', 'think tank', 'non-profit', 'nonprofit', 'charity',
  'community', 'broadcaster', 'broadcasters', 'hospital', 'hospitals', 'studio', 'society', 'collective', 'utilities', 'insurers', 'lenders', 'banks', 'retailers', 'telecoms operators', 'airlines',
  'drugmaker', 'drugmakers', 'SME', 'SMEs', 'biotech', 'scale-up', 'scale-ups',
];

/** Role words that also tell the organisation's kind. Checked in order. */
export const KIND_CUES: Array<[RegExp, 'university' | 'research' | 'fund' | 'company']> = [
  [/\b(?:universit(?:y|ies)|college|school|IITs?|IIMs?|IIITs?|Polytechnic|EPFL|ETH)\b/i, 'university'],
  [/\b(?:fund|funds|wealth fund|investment (?:firm|company|fund|arm)|investor|venture capital|Capital|Ventures)\b/i, 'fund'],
  [/\b(?:institutes?|labs?|laborator(?:y|ies)|research|centre|center|supercomputing|academy)\b/i, 'research'],
  [/\b(?:compan(?:y|ies)|firms?|start-?ups?|maker|automaker|carmaker|chipmaker|giant|group|enterprise|operator|provider|subsidiary|conglomerate|telecom|telco|bank|Inc|Corp|Ltd|AI|Technologies|Systems|Networks|Cloud|Electronics)\b/i, 'company'],
];

/** A lower-case brand the span reader reads as a name: a word closed by "AI" ("appliedAI") or a ".ai" domain ("prg.ai"). */
export const LOWER_CASE_BRAND = '\\p{Ll}{2,12}(?:AI\\b|\\.ai(?![\\p{L}\\p{N}]))';

/** Last words of a capitalised span that make it an organisation wherever it appears. */
export const ORG_HEADS = new Set([
  'AI', 'Labs', 'Lab', 'Laboratory', 'Laboratories', 'Technologies', 'Technology', 'Systems', 'Networks', 'Communications', 'Cloud',
  'Research', 'University', 'Institute', 'Centre', 'Center', 'Group', 'Corp', 'Corporation', 'Inc', 'Ltd', 'Holdings',
  'Bank', 'Capital', 'Ventures', 'Electronics', 'Motors', 'Telecom', 'Telekom', 'Media', 'Analytics', 'Services',
  'Solutions', 'Software', 'Robotics', 'Semiconductor', 'Semiconductors', 'Dynamics', 'Computing', 'Industries',
  'Company', 'Enterprise', 'Partners', 'Investments', 'Innovations', 'Platforms', 'Microsystems', 'Instruments',
  'College', 'Academy', 'Foundation', 'Broadband', 'Trust', 'Hospital', 'Society', 'Sciences', 'Health', 'Centers', 'Institution',
  // Industry words that close a company's name: "Tessaly Therapeutics", "Kesh Aerospace".
  'Pharma', 'Pharmaceuticals', 'Pharmaceutical', 'Therapeutics', 'Biotech', 'Biosciences', 'Bioscience', 'Genomics', 'Diagnostics',
  'Aerospace', 'Automotive', 'Airlines', 'Airways', 'Logistics', 'Chemicals', 'Insurance', 'Consulting', 'Studios', 'Telecommunications', 'Entertainment',
  // Legal forms: "Volkswagen AG", "Johnson Matthey plc".
  'AG', 'GmbH', 'plc', 'PLC', 'LLC', 'Limited', 'SpA', 'Oyj', 'Pty',
]);

/** Institution words in the languages news copy leaves untranslated: they open a name ("Universidad de …") or close it ("Sorbonne Université"). */
export const INSTITUTION_WORDS_ABROAD = new Set([
  'Universidad', 'Universidade', 'Université', 'Universität', 'Università', 'Universiteit', 'Instituto', 'Institut',
  'Istituto', 'Fundacja', 'Stichting', 'Fundación', 'Fundação', 'Fondation', 'Fondazione', 'Stiftung', 'Escuela', 'École', 'Hochschule',
  'Tecnológico', 'Tecnológica', 'Politécnico', 'Politécnica', 'Politecnico', 'Universitat', 'Centro', 'Facultad', 'Faculdade', 'Colegio',
  'Universiti', 'Universitas', 'Politeknik', 'Institut', 'Uniwersytet', 'Politechnika', 'Universitet', 'Yliopisto', 'Högskola', 'Hogeschool', 'Universitatea',
]);

/** Institution words that mark an organisation anywhere in a name ("Imperial College London"). */
export const INNER_ORG_HEADS = new Set([
  'University', 'College', 'Institute', 'Academy', 'Centre', 'Center', 'Laboratory', 'Laboratories', 'Labs', 'Bank', 'School', 'Association', 'Faculty', 'Chamber',
  // "Big Innovation Company": ordinary words closed by a company word are a company's name.
  'Company', 'Corporation',
  ...INSTITUTION_WORDS_ABROAD,
]);

/** Heads that make a span a public body (Agency) when they open it: "Federal Ministry for …". */
export const AGENCY_FIRST = /^(?:\p{Lu}[\p{L}]+ ){0,2}(?:Ministry|Department|Dept\.?|Agency|Office|Bureau|Commission|Council|Secretariat|Government) (?:of|for)\b|^(?:Ministry|Department|Agency|Commission|Council|Secretariat)\b|^(?:Federal |National )?Public Service\b|^(?:\p{Lu}[\p{L}]+ )?(?:Centre|Center) for Research and Development\b|^(?:Secretaría|Secretaria|Ministerio|Ministério|Ministère|Ministero|Bundesministerium|Departamento|Agencia|Agência|Agence|Consejo|Conselho|Conseil|Direction|Dirección)\b/u;
/** Heads that make a span a public body when they close it: "… Data and AI Authority". */
export const AGENCY_LAST = /\b(?:Ministry|Agency|Authority|Commission|Council|Cabinet|Office|Bureau|Secretariat|Directorate|Regulator|Division|Board)$/;
/** Programme names left untranslated ("Plano Brasileiro de Inteligência Artificial"): the head opens them. */
export const INITIATIVE_FIRST = /^(?:Plano|Plan Nacional|Programa|Programme National|Estrategia|Estratégia|Stratégie|Strategia|Proyecto|Projeto|Projet|Politique|Política|Piano)\b/u;
/** Month names and abbreviations before a day ("Jan 15"): a dateline, never a name. */
export const DATE_SPAN = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December)\.? \d/;
/** Nouns for machines and products: "Alps, the GH200-based supercomputer" names a thing, not an actor. */
export const THING_NOUNS = /\b(?:supercomputer|supercomputers|machine|system|cluster|computer|data cent(?:re|er)|datacent(?:re|er)|facility|campus|model|models|chip|chips|accelerator|processor|app|application|platform|product|tool|chatbot|assistant|satellite|dataset|benchmark)$/;
/** People's occupations before or after a name: "computational linguist Jan Hajič", "a former engineer at …". */
export const PERSON_NOUNS = /\b(?:linguist|researcher|engineer|analyst|economist|scientist|consultant|lawmaker|professor|official|founder|co-founder|executive|entrepreneur|journalist|reporter|student|director|officer|spokesperson|spokesman|spokeswoman|adviser|advisor|manager|partner at|teacher|doctor|veteran|facilitator|lecturer|physician|lawyer|activist|historian|researchers|engineers|scientists|group leader|team leader|monitor|urogynaecologist|gynaecologist|surgeon|nurse)$/;

/** Heads that make a span a programme (Initiative). */
export const INITIATIVE_LAST = /\b(?:Mission|Programme|Program|Plan|Strategy|Initiative|Project|Challenge|Scheme|Agenda|Compact|Factory|Factories|Gigafactory|Gigafactories)$/;

/** Programmes that fund teams rather than being one ("IndiaAI Mission", "Digital Europe Programme"). */
export const FUNDING_PROGRAMME_LAST = /\b(?:Mission|Programme|Program|Plan|Strategy|Scheme|Fund|Agenda|Compact|Challenge|Act)$/;

/** Heads that make a span a named consortium. */
export const CONSORTIUM_LAST = /\b(?:Consortium|Alliance|Coalition|Joint Venture|Partnership)$/;

/** Days and months: when something happened, never part of a name. */
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const DATE_WORDS = new Set([...WEEKDAYS, ...MONTHS]);

/**
 * Trades a company's name may close with that are no head of their own
 * ("Hoshino Precision", "Cap Digital", "Ditto Investment"), nor anyone's
 * surname (so not "Power", "Steel" or "Law": Samantha Power, David Steel).
 * "Data" and "Resources" are left out too: "Real Data", "… Compute Resources" are no companies.
 * ("Technology" is an organisation head, ORG_HEADS, which looksLikePerson asks as well.)
 */
export const TRADE_WORDS = new Set([
  'Digital', 'Healthcare', 'Infrastructure', 'Precision', 'Mobility', 'Mining', 'Shipping', 'Securities', 'Telecoms',
  'Broadcasting', 'Electric', 'Devices', 'Materials', 'Machinery', 'Foods', 'Retail', 'Games', 'Union', 'Investment',
  'Management', 'Pharmacy', 'Energy', 'Medical', 'Finance', 'Payments', 'Aviation', 'Agritech', 'Fintech',
  'Minerals', 'Advisors', 'Intelligence',
]);

/**
 * Last words of a body its members form: "Drone Racing League", "Midcontinent Independent System Operator".
 * ("Association" is left out: "Kyoto Humanoid Association (KyoHA)" is as often a team whose members the article lists.)
 */
export const MEMBERS_BODY = /\b(?:League|Federation|Confederation|Authority|Operator|Chamber|Guild|Syndicate)$/;

/** Words that say what kind of AI is meant: "Sovereign AI", "Explainable AI". */
export const AI_KINDS = new Set([
  'Sovereign', 'Physical', 'Generative', 'Responsible', 'Trustworthy', 'Embodied', 'Agentic', 'Frontier', 'Industrial',
  'Applied', 'Open', 'National', 'Symbolic', 'Broad', 'Adaptive', 'Explainable', 'Safe', 'Secure', 'Ethical', 'Narrow',
  'General', 'Conversational', 'Multimodal', 'Hybrid', 'Interactive',
]);

/** Capitalised words that are never an organisation on their own. */
export const GENERIC_WORDS = new Set([
  'AI', 'A.I.', 'Artificial', 'Intelligence', 'Global', 'International', 'Research', 'Cloud', 'Data', 'Digital',
  'Advanced', 'Technology', 'Tech', 'Science', 'The', 'Company', 'Group', 'Government', 'Ministry', 'State',
  'Federal', 'Public', 'Private', 'New', 'First', 'Key', 'Takeaways', 'Summary', 'Perspective', 'Note', 'Editor',
  'Source', 'Info', 'Reading', 'Further', 'Original', 'LLM', 'LLMs', 'GPU', 'GPUs', 'CPU', 'API', 'APIs', 'CEO',
  'CTO', 'IT', 'ICT', 'R&D', 'IPO', 'GW', 'MW', ...WEEKDAYS, ...MONTHS, 'Foundation', 'Model', 'Models', 'Platform',
  'Chief', 'Executive', 'President', 'Prime', 'Minister', 'Officials', 'Analysts', 'Union', 'Team', 'Teams', 'Phase',
  'Everyone', 'Everybody', 'Nobody', 'Someone', 'Anyone',
  // Kinds and fields of AI and computing: "Symbolic AI", "Explainable AI", "Quantum Computing", "Smart Systems".
  ...AI_KINDS, 'Regional', 'Healthcare', 'Medical', 'Sustainable', 'Quantum', 'Computing', 'Emerging', 'Technologies',
  'Smart', 'Quick', 'Update', 'Breaking', 'Exclusive', 'Analysis', 'Opinion', 'Photo', 'Related', 'Read', 'More',
  // Subject words of ministries and programmes: fragments of longer names, never an organisation alone.
  'Industry', 'Industries', 'Innovation', 'Development', 'Economy', 'Economic', 'Export', 'Exports', 'Space',
  'Enterprise', 'Resource', 'Resources', 'Infrastructure', 'Education', 'Health', 'Energy', 'Finance', 'Trade',
  'Commerce', 'Communications', 'Communication', 'Security', 'Defence', 'Defense', 'Affairs', 'Culture', 'Transport',
  'Agriculture', 'Labour', 'Justice', 'Interior', 'Planning', 'Growth', 'Skills', 'Future', 'Strategy', 'Action',
  'Plan', 'Climate', 'Environment', 'Information', 'Computing', 'Technologies', 'Sciences', 'Engineering',
  'Telecommunications', 'Media', 'Arts', 'Sport', 'Tourism', 'Excellence', 'Robotics', 'Automation', 'Policy',
  'Policies', 'Studies', 'Governance', 'Ethics', 'Speech', 'Processing', 'Language', 'Languages', 'Competency',
  'Testing', 'Creative', 'Wellness', 'Big', 'Legal', 'Higher',
  // Regions and blocs as adjectives.
  'European', 'Europe', 'Asian', 'Asia', 'African', 'Africa', 'Caribbean', 'Latin', 'Nordic', 'Nordics', 'Gulf',
  'Arab', 'Arabic', 'Middle', 'East', 'West', 'Western', 'Eastern', 'Southeast', 'South', 'North', 'Pacific',
]);

/** Titles inside a span make it a person or an office, never an organisation. */
export const TITLE_WORDS = /\b(?:Minister|Ministers|Minister-President|President|Vice-President|Chancellor|Professor|Prof|Sir|Dame|Lord|Commissioner|Secretary|Prince|Princess|King|Queen|Sheikh|Senator|Governor|Mayor|Premier|Chairman|Chairwoman|Chairperson|CEO|Dr|Deputy|Ambassador|Minister of State)\b/;

/** Names of facilities and events: real things, but not organisations. */
export const NOT_AN_ACTOR_LAST = /\b(?:Park|Campus|Facility|Data Centre|Data Center|Datacenter|Supercomputer|Cluster|Summit|Week|Conference|Expo|Forum|Award|Awards|Prize|Olympiad|Festival|Show|Day|Act|Law|Bill|Regulation|Directive)$/;

/** Sentence-initial words that are capitalised only because they open the sentence. */
export const OPENERS = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'His', 'Her', 'Our', 'In', 'On', 'At', 'By',
  'For', 'With', 'From', 'And', 'But', 'Or', 'So', 'Separately', 'Meanwhile', 'However', 'Also', 'Both', 'Each',
  'Other', 'Under', 'After', 'Before', 'Since', 'While', 'When', 'As', 'If', 'Some', 'Many', 'Most', 'All', 'Several',
  'Officials', 'Analysts', 'Critics', 'It', 'They', 'We', 'He', 'She', 'There', 'Here', 'According', 'Compared',
  'Like', 'Unlike', 'Eliminated', 'Selected', 'Publishers', 'Partners', 'Research', 'Teams', 'Members', 'Besides',
  'Including', 'Among', 'Of', 'To', 'About', 'Why', 'What', 'How', 'Who', 'No', 'Not', 'Only', 'Last', 'Next', 'Earlier',
  'Later', 'Then', 'Now', 'Today', 'Yesterday', 'Still', 'Yet', 'Even', 'Such', 'Each', 'Every', 'Two', 'Three',
  'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Together', 'Through', 'Over', 'Across', 'Alongside',
  'Within', 'Without', 'Inside', 'Outside', 'Behind', 'Beyond', 'Between', 'During', 'Despite', 'Amid', 'Against', 'Into', 'Via', 'Per',
  // ("On Tuesday General Motors said …": a weekday is when, never part of a name.)
  ...WEEKDAYS,
  // Auxiliaries opening a question ("Can a coalition of incumbents compete?").
  'Can', 'Could', 'Will', 'Would', 'Should', 'Shall', 'May', 'Might', 'Must', 'Does', 'Do', 'Did', 'Is', 'Are', 'Was', 'Were', 'Has', 'Have',
  // Pronouns that open a negated or distributive statement ("Neither is part of the group").
  'Neither', 'Either', 'None', 'One', 'Another', 'Others', 'Few', 'Half',
  // Connectives opening a sentence ("Instead, the academy leads …").
  'Instead', 'Thus', 'Hence', 'Therefore', 'Indeed', 'Otherwise', 'Rather', 'Perhaps', 'Nonetheless', 'Nevertheless', 'Elsewhere', 'Whether',
  // Participles opening a fronted clause ("Joining X in the consortium are …").
  'Joining', 'Following', 'Featuring', 'Backing', 'Leading', 'Using', 'Welcoming', 'Replacing', 'Excluding', 'Naming', 'Announcing', 'Launching', 'Supporting',
]);

/** Titles before a person's name; the name that follows is a person, never an organisation. */
/** Officers' titles before a person's name: "former Orvane chief executive Mara Velden". */
export const OFFICER_TITLES = ['chief executive', 'chief technology officer', 'chief scientist', 'chief operating officer', 'CEO', 'CTO', 'founder', 'co-founder', 'chairman', 'chairwoman', 'president', 'director', 'professor'];
export const PERSON_TITLES = /\b(?:minister|Minister|President|president|Chancellor|chancellor|Prime Minister|chief executive|CEO|founder|co-founder|chairman|chairwoman|chair|Sheikh|Crown Prince|Prince|King|Queen|adviser|advisor|Commissioner|commissioner|Secretary|secretary|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Professor|professor|spokesperson|spokesman|spokeswoman|director|Director|head|CTO|chief|Senator|Governor|Gov\.|Sen\.|Rep\.|Mayor|Premier)\s+$/;

/** Number words for stated member counts ("a nine-company consortium"). */
export const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};

/** Parses "nine" or "9" into a number. */
export function parseCount(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (/^\d{1,3}$/.test(lower)) return Number(lower);
  return NUMBER_WORDS[lower];
}

/** A horizontal rule: a newsletter's next item starts after it. */
export const STORY_BREAK = /^(?:-{3,}|\*{3,}|_{3,})\s*$/;
/** A Markdown heading or a horizontal rule: the next section starts after it. */
export const SECTION_BREAK = /^(?:#{1,6}\s|(?:-{3,}|\*{3,}|_{3,})\s*$)/;

/** Words that say nothing about which team: "the new consortium", "a joint project". */
export const EMPTY_WORDS = /^(?:new|joint|same|first|second|third|other|larger|broader|wider|whole|entire|national|international|global|regional|local|existing|current|former|original|research|pilot|big|small|major|separate|earlier|latest|ambitious|multi-year|five-year|three-year|this|that|which|whose|such|proposed|planned|announced|so-called|possible|potential)$/;

/** Head nouns of bodies that are collaborations, not single institutions ("the University" is one organisation). */
export const COLLABORATION_HEADS = 'Hub|Centre|Center|Network|Alliance|Consortium|Coalition|Collaborative|Cluster|Programme|Program|Project|Initiative|Partnership';

/** "A separate group including A, B and C": a team of its own, not the one named before. */
export const ANOTHER_TEAM = /\b(?:another|separate|second|third|rival|competing|different|other) (?:[\p{L}-]+ ){0,2}(?:group|consortium|team|alliance|bid|bloc|coalition|partnership)\b/iu;

/** Words that say a named organisation is no member: money, supply, rivalry, negation, leaving, ownership. */
const NOT_MEMBER_CUE = /\b(?:not|never|no longer|fund(?:s|ed|ing)?|financ\w*|backed|backing|backers?|invest\w*|lend\w*|loans?|sponsor\w*|suppl\w+|vendors?|customers?|clients?|grants?|donat\w+|rivals?|competitors?|compet\w+|against|beat|instead of|unlike|not part of|absent|excluded|exclude|quit|withdr\w+|left the|dropped out|owned by|subsidiary|acquired|acquisition|stakes?)\b/i;

/**
 * Whether the text has a word that says an organisation named in it is no member. A capitalised word
 * inside the text is part of a name ("IRCCS Policlinico San Donato", "Global Fund"), not such a word;
 * one that opens the text, a clause after a colon or semicolon, or a table cell still counts ("Not a partner").
 */
export function saysNotMember(text: string): boolean {
  return NOT_MEMBER_CUE.test(text.replace(/(?<!(?:^|[|:;(.!?])\s*)(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}'’-]*/gu, 'X'));
}

/** Head words of bodies: alone and capitalised ("The Centre opened") they refer back to a body named in full, and name none themselves. */
export const BODY_HEAD_WORDS = 'University|College|Institute|Academy|Centre|Center|Laboratory|Lab|School|Association|Faculty|Company|Corporation|Foundation|Network|Alliance|Consortium|Coalition|Collaborative|Hub|Council|Trust|Hospital|Programme|Program|Project|Initiative|Partnership|Forum';

/**
 * After a team or project noun, a role someone holds in it: "X, the project coordinator", "X is the
 * project's lead partner". The name before is the role holder's, not the project's. A regex fragment.
 */
export const NOT_A_ROLE_AFTER = "(?!(?:['’]s)? (?:coordinator|co-ordinator|leader|lead|partner|partners|member|members|manager|director|head|chair|host|participant)\\b)(?!['’]s\\b)";
