// The job-ad check's logic: German-aware matching, splitting an ad, language, verdict, title fit, flags,
// bad input, saved data and the URL fragment.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadContentData } from '../../src/build/content/data-files';
import {
  adFragment,
  adFromFragment,
  analyseAd,
  compileVocabulary,
  detectLanguage,
  highlightPieces,
  htmlToText,
  jobAdRoleData,
  MAX_CHARS,
  parseSavedAd,
  segmentAd,
  serializeSavedAd,
  titleText,
  type FlagId,
} from '../../src/lib/jobad';
import { compileTerm, compileTerms, findAll, findTerm, indexText } from '../../src/lib/jobad/match';
import { UI_STRINGS } from '../../src/i18n';
import { translator } from '../../src/lib/i18n/translate';

const vocabulary = compileVocabulary(jobAdRoleData(loadContentData('content').roles));
const found = (text: string, term: string) => {
  const span = findTerm(indexText(text), compileTerm(term));
  return span ? text.slice(span.start, span.end) : null;
};

describe('matching', () => {
  it('folds umlauts and ß and ignores case, hyphens and spaces inside a phrase', () => {
    expect(found('Pflege der Social-Media-Kanäle', 'social media kanäle')).toBe('Social-Media-Kanäle');
    expect(found('SOCIALMEDIAKANAELE', 'social media kanäle')).toBe('SOCIALMEDIAKANAELE');
    expect(found('Du begrüßt neue Mitglieder', 'begrüss*')).toBe('begrüßt');
    expect(found('Community Management', 'community-management')).toBe('Community Management');
  });

  it('matches whole words unless * opens a side: compounds with a leading *, endings with a trailing *', () => {
    expect(found('Kommentarmoderation', 'moderation')).toBeNull();
    expect(found('Kommentarmoderation', '*moderation')).toBe('Kommentarmoderation');
    expect(found('Du moderierst', 'moderier')).toBeNull();
    expect(found('Du moderierst', 'moderier*')).toBe('moderierst');
    // "event" is not the start of "eventuell" unless asked for.
    expect(found('eventuell später', 'event')).toBeNull();
  });

  it('needs every term of a " + " phrase, in any order', () => {
    const terms = compileTerms('community + betreu*');
    expect(findAll(indexText('Du betreust unsere Community'), terms)).not.toBeNull();
    expect(findAll(indexText('Die Community wird von dir betreut'), terms)).not.toBeNull();
    expect(findAll(indexText('Du betreust unsere Kanäle'), terms)).toBeNull();
  });

  it('maps every match back into the original text (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('strategie', 'community', 'äöü'), (noise, word) => {
        const text = `${noise} ${word.toUpperCase()} ${noise}`;
        const span = findTerm(indexText(text), compileTerm(word));
        expect(span).not.toBeNull();
        expect(text.slice(span!.start, span!.end).toLowerCase()).toContain(word.slice(0, 3));
      }),
    );
  });
});

describe('splitting an ad', () => {
  it('finds the title, headings with their section, bullets and sentences, but not at abbreviations', () => {
    const segments = segmentAd(
      'Social Media Manager:in (m/w/d)\nWir sind ein Team, z. B. aus Köln. Wir wachsen.\nDeine Aufgaben:\n- Du planst Inhalte\n• Du steuerst Kampagnen\nDas bringst du mit: Erfahrung. Humor.\n## Wir bieten\n1. Homeoffice',
    );
    expect(segments.map((s) => [s.kind, s.section, s.text])).toEqual([
      ['title', null, 'Social Media Manager:in (m/w/d)'],
      ['sentence', null, 'Wir sind ein Team, z. B. aus Köln.'],
      ['sentence', null, 'Wir wachsen.'],
      ['heading', 'duties', 'Deine Aufgaben:'],
      ['bullet', 'duties', 'Du planst Inhalte'],
      ['bullet', 'duties', 'Du steuerst Kampagnen'],
      ['sentence', 'profile', 'Erfahrung.'],
      ['sentence', 'profile', 'Humor.'],
      ['heading', 'offer', '## Wir bieten'],
      ['bullet', 'offer', 'Homeoffice'],
    ]);
  });

  it('keeps each part at its place in the text', () => {
    const text = 'Titel\n\n  - Erste Aufgabe  \nZweiter Satz. Dritter Satz!';
    for (const s of segmentAd(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('language', () => {
  it('tells German, English and other languages apart, and says when there are too few words', () => {
    expect(detectLanguage('Du planst die Inhalte und wir bieten dir ein Team mit Herz.').language).toBe('de');
    expect(detectLanguage('You will plan the content and we offer you a team with heart.').language).toBe(
      'en',
    );
    expect(
      detectLanguage('Nous recherchons une personne pour la gestion des réseaux et de la communauté.')
        .language,
    ).toBe('other');
    expect(detectLanguage('Social Media Manager').language).toBe('unknown');
  });
});

const ad = (duties: string[], extra = '') =>
  `Social Media Manager:in (m/w/d)\nVollzeit in Berlin, Homeoffice möglich, 50.000 € im Jahr. Du berichtest an die Leitung Marketing.\nDeine Aufgaben:\n${duties.map((d) => `- ${d}`).join('\n')}\n${extra}`;

describe('verdict and title fit', () => {
  it('calls a post with mostly social-media duties an SMM post and says the title fits', () => {
    const a = analyseAd(
      ad(['Du entwickelst die Strategie', 'Du planst Inhalte im Redaktionsplan', 'Du steuerst Kampagnen']),
      vocabulary,
    );
    expect(a.verdict).toBe('smm');
    expect(a.counts).toEqual({ smm: 3, cm: 0, both: 0, other: 0 });
    expect(a.shares).toEqual({ smm: 1, cm: 0 });
    expect(a.titleFit).toBe('fits');
    expect(a.flags).toEqual([]);
  });

  it('counts comment answering on social channels as community work and names the title mismatch', () => {
    const a = analyseAd(
      ad([
        'Du beantwortest Kommentare auf Instagram',
        'Du moderierst Diskussionen',
        'Du begrüßt neue Mitglieder',
      ]),
      vocabulary,
    );
    expect(a.verdict).toBe('cm');
    expect(a.titleFit).toBe('mismatch');
    const t = translator(UI_STRINGS.en);
    expect(titleText(a, t)).toBe(
      'The title ‘Social Media Manager:in (m/w/d)’ names social media management, but the duties are mostly community work.',
    );
  });

  it('marks a duty of both roles, counts it half for each and calls a balanced post hybrid', () => {
    const a = analyseAd(
      ad([
        'Du erstellst Content und beantwortest Kommentare',
        'Du planst Kampagnen',
        'Du organisierst Events',
      ]),
      vocabulary,
    );
    expect(a.segments.filter((s) => s.duty).map((s) => s.category)).toEqual(['both', 'smm', 'cm']);
    expect(a.shares).toEqual({ smm: 0.5, cm: 0.5 });
    expect(a.verdict).toBe('hybrid');
  });

  it('stays unclear with fewer than three duties that name role work, and counts duties of neither role as other', () => {
    const a = analyseAd(
      ad(['Du planst Inhalte', 'Du pflegst die Website', 'Du schreibst Pressemitteilungen']),
      vocabulary,
    );
    expect(a.counts).toEqual({ smm: 1, cm: 0, both: 0, other: 2 });
    expect(a.verdict).toBe('unclear');
    expect(a.titleFit).toBe('unknown');
  });

  it('lets the longer phrase win where two overlap ("community guidelines" is not "guidelines")', () => {
    const a = analyseAd(
      'Community Manager\nYou will enforce our community guidelines every day and keep the forum friendly for everyone.',
      vocabulary,
    );
    expect(a.segments[1]!.category).toBe('cm');
  });

  it('highlights the deciding words in the duty text', () => {
    const a = analyseAd(ad(['Du moderierst die Facebook-Gruppe', 'a', 'b']), vocabulary);
    const duty = a.segments.find((s) => s.category === 'cm')!;
    expect(highlightPieces(duty)).toEqual([
      { text: 'Du ', mark: null },
      { text: 'moderierst', mark: 'cm' },
      { text: ' die Facebook-Gruppe', mark: null },
    ]);
  });
});

describe('red flags and gaps', () => {
  const flagsOf = (text: string): FlagId[] => analyseAd(text, vocabulary).flags.map((f) => f.id);

  it('finds missing pay, hours, place, remote policy and reporting line, and not when they are there', () => {
    const bare =
      'Social Media Manager\nDu planst Inhalte, steuerst Kampagnen und wertest die Reichweite aus. Wir freuen uns auf dich und deine Ideen.';
    expect(flagsOf(bare)).toEqual(['no-pay', 'no-hours', 'no-place', 'no-remote', 'no-reporting-line']);
    expect(flagsOf(ad(['Du planst Inhalte']))).toEqual([]);
    expect(
      flagsOf(
        `${bare}\nBezahlung nach TVöD. Teilzeit, 30 Stunden. Standort Kassel, mobiles Arbeiten möglich. Die Stelle ist im Team Kommunikation angesiedelt.`,
      ),
    ).toEqual([]);
  });

  it('does not take a vague salary for a range, nor "reports to the clients" for a reporting line', () => {
    const flags = flagsOf(
      'Social Media Manager\nFull-time in London, hybrid. We offer a competitive salary. You will present monthly reports to the clients and plan the content calendar.',
    );
    expect(flags).toContain('no-pay');
    expect(flags).toContain('no-reporting-line');
  });

  it('flags weekend or round-the-clock answering without a rota, quoting the ad, and not with one', () => {
    const always = analyseAd(
      ad(['Du beantwortest Kommentare rund um die Uhr', 'Du planst Inhalte', 'Du moderierst']),
      vocabulary,
    );
    expect(always.flags).toContainEqual({ id: 'always-on-no-rota', found: ['rund um die Uhr'] });
    expect(
      flagsOf(ad(['Du beantwortest Kommentare, auch am Wochenende im Wechsel mit dem Team'])),
    ).not.toContain('always-on-no-rota');
    // A free weekend among the benefits is not a duty.
    expect(
      flagsOf(ad(['Du planst Inhalte'], 'Wir bieten:\n- Freie Wochenenden und Antworten auf alle Fragen')),
    ).not.toContain('always-on-no-rota');
  });

  it('flags one post for strategy, production, paid campaigns, answering and events, but not for four of them', () => {
    const four = [
      'Du entwickelst die Strategie',
      'Du produzierst Videos',
      'Du steuerst Kampagnen',
      'Du beantwortest Kommentare',
    ];
    expect(flagsOf(ad(four))).not.toContain('wollmilchsau');
    expect(analyseAd(ad([...four, 'Du organisierst Events']), vocabulary).flags).toContainEqual({
      id: 'wollmilchsau',
      found: ['strategy', 'production', 'paid', 'answering', 'events'],
    });
  });

  it('counts distinct tools and platforms, including those named in the roles data, above eight', () => {
    const eight = 'Instagram, TikTok, LinkedIn, YouTube, Canva, Photoshop, Hootsuite, Brandwatch';
    expect(flagsOf(ad(['Du planst Inhalte'], `Du kennst ${eight}.`))).not.toContain('too-many-tools');
    const nine = analyseAd(ad(['Du planst Inhalte'], `Du kennst ${eight} und Talkwalker.`), vocabulary);
    expect(nine.flags.find((f) => f.id === 'too-many-tools')?.found).toHaveLength(9);
    // "Meta Business Suite" is one tool, not also "Business Suite" or "Meta".
    expect(flagsOf(ad(['Du planst Inhalte'], `Du kennst ${eight} und Meta Business Suite.`))).toContain(
      'too-many-tools',
    );
  });
});

describe('bad input', () => {
  it('answers empty text, a single word and another language with a status, not a verdict', () => {
    expect(analyseAd('   \n ', vocabulary).status).toBe('empty');
    expect(analyseAd('Manager', vocabulary).status).toBe('too-short');
    const french = analyseAd(
      'Nous recherchons un responsable de la communauté pour notre agence. Vous gérez les comptes et vous animez les événements pour les membres.',
      vocabulary,
    );
    expect(french.status).toBe('other-language');
    expect(french.segments).toEqual([]);
    // The visitor can insist on a language.
    expect(
      analyseAd(
        'Nous recherchons un community manager pour animer les événements de la communauté et modérer le forum chaque jour.',
        vocabulary,
        { language: 'en' },
      ).status,
    ).toBe('ok');
  });

  it('checks only the first characters of a very long text and says so', () => {
    const text = ad(['Du planst Inhalte', 'Du steuerst Kampagnen', 'Du entwickelst die Strategie']).repeat(
      500,
    );
    expect(text.length).toBeGreaterThan(100_000);
    const a = analyseAd(text, vocabulary);
    expect(a.truncated).toBe(true);
    expect(a.segments.at(-1)!.end).toBeLessThanOrEqual(MAX_CHARS);
    expect(a.verdict).toBe('smm');
  });

  it('reads pasted HTML as text: tags become line breaks, scripts and styles disappear, entities are decoded', () => {
    expect(
      htmlToText(
        '<h2>Titel &amp; mehr</h2><ul><li>Eins</li><li>Zwei</li></ul><script>alert(1)</script><p onclick="x()">Drei&nbsp;&lt;4&gt;</p>',
      ),
    ).toBe('Titel & mehr\n\n- Eins\n\n- Zwei\n\n\nDrei <4>\n');
    const a = analyseAd(
      '<p>Social Media Manager</p><ul><li>Du planst Inhalte</li><li>Du steuerst Kampagnen</li><li>Du entwickelst die Strategie für alle Kanäle</li></ul>',
      vocabulary,
    );
    expect(a.html).toBe(true);
    expect(a.verdict).toBe('smm');
  });
});

describe('saved ad and URL fragment', () => {
  it('reads back what it saved and rejects tampered data', () => {
    const saved = { text: 'Anzeige mit „Anführungszeichen“ und\nZeilen', language: 'de' as const };
    expect(parseSavedAd(serializeSavedAd(saved))).toEqual(saved);
    expect(parseSavedAd(null)).toBeNull();
    expect(parseSavedAd('{not json')).toBe('invalid');
    expect(parseSavedAd('{"version":2,"text":"x"}')).toBe('invalid');
    expect(parseSavedAd('{"version":1,"text":42}')).toBe('invalid');
    expect(parseSavedAd('{"version":1,"text":"x","language":"fr"}')).toEqual({ text: 'x', language: 'auto' });
  });

  it('decodes a draft from #ad=, and names a fragment it cannot decode', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(adFromFragment(adFragment(text))).toBe(text);
      }),
    );
    expect(adFromFragment('#top')).toBeNull();
    expect(adFromFragment('')).toBeNull();
    expect(adFromFragment('#ad=%E0%A4%A')).toBe('invalid');
  });
});
