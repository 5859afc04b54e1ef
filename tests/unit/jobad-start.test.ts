// What the job-ad check shows when its island starts (typed text, a saved ad, a draft in the URL fragment) and
// the small texts the island builds from an analysis.
import { describe, expect, it } from 'vitest';
import { loadContentData } from '../../src/build/content/data-files';
import {
  adFragment,
  analyseAd,
  announcementText,
  compileVocabulary,
  EMPTY_CONTROLS,
  inputMessages,
  jobAdRoleData,
  matchedText,
  planJobAdStart,
  serializeSavedAd,
  statusText,
  typedControls,
  wordCount,
} from '../../src/lib/jobad';
import { UI_STRINGS } from '../../src/i18n';
import { translator } from '../../src/lib/i18n/translate';

const typed = { text: 'Typed before the island ran', language: 'en', keep: false } as const;
const saved = serializeSavedAd({ text: 'Saved ad', language: 'de' });

describe('start of the job-ad check', () => {
  it('keeps what was typed, chosen and ticked before the island ran when nothing else is there', () => {
    const start = planJobAdStart({ typed: { ...typed, keep: true }, saved: null, hash: '' });
    expect(start).toEqual({
      controls: { ...typed, keep: true },
      notices: [],
      discardSaved: false,
      fragmentRead: false,
    });
  });

  it('restores a saved ad with its language and the box ticked, and says so', () => {
    const start = planJobAdStart({ typed: EMPTY_CONTROLS, saved, hash: '' });
    expect(start.controls).toEqual({ text: 'Saved ad', language: 'de', keep: true });
    expect(start.notices).toEqual(['restored']);
  });

  it('fills in a draft from the fragment over a saved ad, keeping the saved language and box', () => {
    const start = planJobAdStart({
      typed: EMPTY_CONTROLS,
      saved,
      hash: adFragment('Draft: Community Manager'),
    });
    expect(start.controls).toEqual({ text: 'Draft: Community Manager', language: 'de', keep: true });
    expect(start.notices).toEqual(['fragment']);
    expect(start.fragmentRead).toBe(true);
  });

  it('deletes tampered saved data, says so, and keeps what was typed', () => {
    const start = planJobAdStart({ typed, saved: '{"version":1,"text":5}', hash: '' });
    expect(start).toMatchObject({ controls: typed, notices: ['savedInvalid'], discardSaved: true });
  });

  it('says when a fragment cannot be decoded, removes it and keeps the text', () => {
    const start = planJobAdStart({ typed, saved: null, hash: '#ad=%E0%A4%A' });
    expect(start).toMatchObject({ controls: typed, notices: ['fragmentInvalid'], fragmentRead: true });
  });

  it('reads the page controls defensively: an unknown language is "auto", a missing control empty', () => {
    expect(typedControls(undefined, 'fr', 'yes')).toEqual(EMPTY_CONTROLS);
    expect(typedControls('Text', 'de', true)).toEqual({ text: 'Text', language: 'de', keep: true });
  });
});

describe('texts of the island', () => {
  const vocabulary = compileVocabulary(jobAdRoleData(loadContentData('content').roles));
  const t = translator(UI_STRINGS.en);

  it('counts words in any script, not punctuation', () => {
    expect(wordCount('')).toBe(0);
    // Community, Manager, in, m, w, d, 40, h, Köln.
    expect(wordCount('Community-Manager:in (m/w/d) – 40 h, Köln')).toBe(9);
  });

  it('announces the result of a readable ad and the problem of an unreadable one', () => {
    const ok = analyseAd(
      'Community Manager\nYou moderate our forum and answer comments.\nYou welcome new members.\nYou plan community events.\nYou handle trolls and escalations.',
      vocabulary,
      { language: 'auto', fallback: 'en' },
    );
    expect(announcementText(ok, inputMessages(ok, t, 'auto'), t)).toBe(statusText(ok, t));
    const short = analyseAd('Community Manager', vocabulary, { language: 'auto', fallback: 'en' });
    const messages = inputMessages(short, t, 'auto');
    expect(messages.length).toBeGreaterThan(0);
    expect(announcementText(short, messages, t)).toBe(messages.join(' '));
  });

  it('quotes the deciding words of a duty in reading order', () => {
    const analysis = analyseAd(
      'Social Media Manager\nYou plan content and run paid campaigns on our social media channels.',
      vocabulary,
      { language: 'en', fallback: 'en' },
    );
    const duty = analysis.segments.find((s) => s.deciding.length > 0)!;
    const quoted = matchedText(duty, 0);
    expect(quoted.length).toBeGreaterThan(0);
    for (const part of quoted.split(' … ')) expect(duty.text).toContain(part);
    const starts = quoted.split(' … ').map((part) => duty.text.indexOf(part));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
