import { extractFacts } from '../../src/ingest/extract';
import { titledArticle } from './support/articleOf';

/**
 * A trade piece whose numbered bold headings each name one partner of a
 * telecom's compute network ("**2. Orvane River University: a campus data
 * centre**"). Placing one organisation under its heading made that
 * organisation a team while another placement still held it as a member to
 * place, and extraction threw on the organisation that was gone. (Rewritten
 * with invented names from a set written in the twenty-fourth session.)
 */
const BODY = `Seven months after Kesh Telecom unveiled Kesh AI Grid, its plan to build what it calls the country's largest sovereign AI compute network, the project looks less like a single data-centre build and more like a web of bilateral deals. This week's memorandum with Dunmore University in Pelham is the fifth partnership Kesh has announced under the banner. Here is where each one stands.

**The starting point**

When Kesh Holdings's operating company launched AI Grid at a trade show in May, the headline was capacity: up to 500 MW of hydro-powered compute across six facilities, starting with a cluster in British Columbia. Kesh pitched itself as a full-stack AI managed-services provider for enterprises, researchers and governments that do not want their workloads processed outside Canada.

**1. Varnel: the first tenant**

Varnel, the Silicon Valley designer of language processing units for inference, signed on as Kesh's inference partner at launch. Varnel's hardware went into a 7 MW site in Larnby that came online in June, and a second 7 MW facility in Oskel was slated for the end of the year. Varnel sells the capacity to developers through its own cloud; Kesh supplies the building, power and fibre.

**2. Orvane River University: a campus data centre**

The larger Larnby build sits on the campus of Orvane River University (ORU). The plan calls for a 26 MW data centre opening in 2026 and a second of the same size in 2027. Waste heat will feed ORU's low-carbon district energy system, and the university says roughly half the computing capacity is earmarked for academic research. B.C. network operator Brenna Networks has joined Kesh and ORU as a partner in the campus build.

**3. Tessaly Valley University: linking up with Birch**

Under a separate memorandum, Kesh and Tessaly Valley University (TVU) agreed to work on expanding the Birch supercomputer at TVU's Fenwick campus, Canada's most powerful academic system and one designed for sensitive data. The expanded Birch would be connected to the ORU site, giving researchers a path from the academic machine to commercial-scale capacity in the Interior.

**4. Kelvo HPC: GPUs on the Prairies**

Kelvo High Performance Computing (Kelvo HPC), the AI cloud subsidiary of Marrow Digital Technologies Ltd., struck a strategic partnership to deploy Nvidia GPU clusters inside Kesh AI Grid. The first deployment is a 5 MW installation in the prairie province. Marrow built its business on cryptocurrency mining and has been repurposing power and cooling capacity for AI; the Kesh deal gives Kelvo access to Kesh's fibre network and enterprise sales channel. Nvidia is supplying the hardware but is not a party to the agreement.

**5. Dunmore University: a sovereign supercomputer bid**

The newest piece, signed on Monday, is also the most conditional. Kesh and Dunmore University have agreed to collaborate on a proposal for a supercomputing facility in Pelham able to host a globally competitive AI system. The split of work is clear: Kesh would design, finance, build and maintain the building, which would include heat recapture, while Dunmore would handle research, chip procurement, system architecture and the operation of the machine.

Everything depends on Ottawa. The memorandum supports Dunmore response to the federal Sovereign Compute Infrastructure Program, which sets aside more than $900 million across Budget 2024 and Budget 2025 for publicly owned or governed compute. If the bid is not selected, the facility as described will not proceed.

**What it adds up to**

Taken together, the five partners give the Kesh-led network a credible mix: a specialist inference chipmaker, two universities that provide sites and research demand, a third that could anchor a national system, and a GPU cloud operator that brings hardware Kesh does not want to own itself.

It also shows what Kesh is not doing. The company has not announced a direct purchase of large GPU clusters, nor a model-building partnership with a Canadian AI developer. Analysts we spoke to expect at least one of those in 2026. "Right now Kesh is a landlord with very good plumbing," said a Toronto-based infrastructure analyst. "The question is whether it becomes a cloud."

Kesh did not disclose what it has invested in AI Grid to date. A spokesperson said the company's earlier capacity targets "remain on track" and that more partners would be named next year.

**Partner summary**

- **Varnel** — inference partner; Larnby and Oskel sites.
- **Orvane River University** — host of two planned 26 MW campus data centres; research user. With **Brenna Networks**.
- **Tessaly Valley University** — Birch expansion and connection to the ORU site.
- **Kelvo HPC** (Marrow Digital Technologies) — GPU cloud layer; 5 MW in the prairie province.
- **Dunmore University** — proposed Pelham supercomputing facility, subject to federal funding.`;

describe('an organisation that becomes a team while members are placed', () => {
  it('extracts the article, and every membership joins an extracted organisation to an extracted team', () => {
    const facts = extractFacts(titledArticle("Kesh AI Grid's partner map fills in: a chipmaker, three universities and a miner's GPU arm", BODY));
    const labelOf = new Map(facts.entities.map((entity) => [entity.id, entity.label]));
    const memberships = facts.relations.filter((relation) => relation.type === 'MEMBER_OF');
    expect(memberships.length).toBeGreaterThan(0);
    expect(memberships.every((relation) => labelOf.get(relation.from) === 'Organization' && labelOf.get(relation.to) === 'Consortium')).toBe(true);
  });
});
