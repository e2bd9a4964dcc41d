import { splitSentences } from '../../src/ingest/read/splitSentences';

describe('splitSentences', () => {
  it('splits plain sentences on terminal punctuation', () => {
    expect(splitSentences('Seoul picked five teams. Each gets GPUs! Why now?')).toEqual(['Seoul picked five teams.', 'Each gets GPUs!', 'Why now?']);
  });

  it('keeps decimals and dotted acronyms inside a sentence', () => {
    expect(splitSentences('The U.S. pledged $6.2 billion to the plan. It was approved.')).toEqual([
      'The U.S. pledged $6.2 billion to the plan.',
      'It was approved.',
    ]);
  });

  it('does not split after titles such as Dr. and Mr.', () => {
    expect(splitSentences('Dr. Kim met Mr. Lee in Seoul. They agreed.')).toEqual(['Dr. Kim met Mr. Lee in Seoul.', 'They agreed.']);
  });

  it('continues after "Inc." mid-sentence but ends a sentence before a new one', () => {
    expect(splitSentences('Acme Inc. said it would bid. It partnered with Beta Corp. The deal closed.')).toEqual([
      'Acme Inc. said it would bid.',
      'It partnered with Beta Corp.',
      'The deal closed.',
    ]);
  });

  it('treats emoji lines and headings without a final period as their own sentences', () => {
    expect(splitSentences('📰 Key Takeaways\n\nThe plan was announced.\n\nWhat It Means\nAnalysts were surprised.')).toEqual([
      '📰 Key Takeaways',
      'The plan was announced.',
      'What It Means',
      'Analysts were surprised.',
    ]);
  });

  it('splits after a period inside closing curly quotes', () => {
    expect(splitSentences('He called it “sovereignty.” Others disagreed.')).toEqual(['He called it “sovereignty.”', 'Others disagreed.']);
  });

  it('splits after a bold or italic run that closes its sentence ("**Consortium composition.** Besides …")', () => {
    expect(splitSentences('2. **Consortium composition.** Besides lead company Orvik, the consortium includes Talla and Brenna.')).toEqual([
      '2. **Consortium composition.**',
      'Besides lead company Orvik, the consortium includes Talla and Brenna.',
    ]);
    expect(splitSentences('**Why now?** Because it is. She said it was _final._ Talks ended.')).toEqual(['**Why now?**', 'Because it is.', 'She said it was _final._', 'Talks ended.']);
  });

  it('turns non-breaking spaces into spaces and joins hard-wrapped lines', () => {
    expect(splitSentences('The fund\u00a0will invest in\nlocal startups. More later.')).toEqual(['The fund will invest in local startups.', 'More later.']);
  });

  it('keeps the text of an article cut mid-sentence', () => {
    expect(splitSentences('The ministry said. The consortium led by')).toEqual(['The ministry said.', 'The consortium led by']);
  });

  it('returns nothing for an empty body', () => {
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});
