/**
 * What a volunteer hears about inscriptions and narrations, named, at the line to change: a photo
 * not among the entry's images, a recording missing or not a recording, a recording without its
 * transcript, readings that do not follow the original, more English inscriptions than Vietnamese.
 */
import { describe, expect, it } from 'vitest';
import { check, copySite, edit, say, withKey, write } from './helpers.ts';

const VI = 'relics/den-mau/vi.md';
const INSCRIPTION = `inscriptions:
  - kind: couplet
    original: [萬劫有山皆劍氣, 六頭無水不秋聲]
    reading: Vạn Kiếp hữu sơn giai kiếm khí
    meaning: [Núi ở Vạn Kiếp, Sông ở Lục Đầu]
    photo: ./cau-doi.jpg
---`;

/** A site whose relic's vi.md ends its frontmatter with `extra`. */
function siteWith(extra: string): string {
  const root = copySite();
  edit(root, VI, /\n---\n/, `\n${extra}\n`);
  return root;
}

describe('inscription problems', () => {
  it('names a photo that is not one of the images, and a reading with fewer lines than the original', () => {
    const site = check(siteWith(INSCRIPTION));
    const [photo] = withKey(site, 'inscriptionPhoto');
    expect(photo).toMatchObject({ severity: 'error', field: 'inscriptions.0.photo', line: 16 });
    expect(say(photo!)).toContain('./cau-doi.jpg');
    expect(withKey(site, 'inscriptionLines')).toMatchObject([
      { severity: 'warning', field: 'inscriptions.0.reading', values: { count: 1, lines: 2 } },
    ]);
  });

  it('warns when en.md has more inscriptions than vi.md', () => {
    const root = siteWith(INSCRIPTION.replace('    photo: ./cau-doi.jpg\n', ''));
    edit(root, 'relics/den-mau/en.md', /\n---\n/, '\ninscriptions:\n  - meaning: One\n  - meaning: Two\n---\n');
    expect(withKey(check(root), 'inscriptionEnExtra')).toMatchObject([{ file: 'content/relics/den-mau/en.md', values: { en: 2, vi: 1 } }]);
  });
});

describe('narration problems', () => {
  it('names a missing recording, a file that is no recording, and a recording without its transcript', () => {
    const missing = check(siteWith('narration: { src: ./ghi-am.m4a }\n---'));
    expect(withKey(missing, 'narrationMissing')).toMatchObject([{ severity: 'error', field: 'narration.src', line: 11 }]);
    const photo = check(siteWith('narration: { src: ./cong.jpg }\n---'));
    expect(withKey(photo, 'narrationFormat')).toHaveLength(1);
    const root = siteWith('narration: { src: ./ghi-am.m4a }\n---');
    write(root, 'relics/den-mau/ghi-am.m4a', Buffer.from('not really audio'));
    const [untold] = withKey(check(root), 'transcriptMissing');
    expect(untold).toMatchObject({ severity: 'error', values: { transcript: './ghi-am.txt' } });
    expect(say(untold!, 'en')).toContain('Create the text file “./ghi-am.txt”');
    write(root, 'relics/den-mau/ghi-am.txt', 'Lời kể.');
    expect(withKey(check(root), 'transcriptMissing')).toEqual([]);
  });
});
