import { describe, expect, it } from 'vitest';
import { check, copySite, edit, say, withKey, write } from './helpers.ts';

const VI = 'relics/den-mau/vi.md';

describe('photos', () => {
  it('names a photo that is not in the folder, with file, line and field', () => {
    const root = copySite();
    edit(root, VI, './cong.jpg', './Cong.JPG');
    const [problem] = withKey(check(root), 'imageMissing');
    expect(problem).toMatchObject({ severity: 'error', file: `content/${VI}`, line: 9, field: 'images.0.src' });
    expect(say(problem!)).toContain('“./Cong.JPG”');
  });

  it('refuses a HEIC photo and says to export it as JPG', () => {
    const root = copySite();
    write(root, 'relics/den-mau/IMG_0001.HEIC', 'not really heic');
    edit(root, VI, './cong.jpg', './IMG_0001.HEIC');
    const [problem] = withKey(check(root), 'imageHeic');
    expect(problem?.severity).toBe('error');
    expect(say(problem!)).toMatch(/Xuất ảnh sang JPG/);
    expect(say(problem!, 'en')).toMatch(/Export it as JPG/);
  });

  it('warns, without an error, about a photo over 5 MB', () => {
    const root = copySite();
    write(root, 'relics/den-mau/cong.jpg', Buffer.alloc(6 * 1024 * 1024));
    const content = check(root);
    expect(withKey(content, 'imageLarge')[0]).toMatchObject({ severity: 'warning', values: { mb: '6.0' } });
  });

  it('stops at a photo without a Vietnamese description (alt), naming file, line and field', () => {
    const root = copySite();
    edit(root, VI, '    alt: Cổng đền nhìn từ sân\n', '');
    const [problem] = withKey(check(root), 'missingAlt');
    expect(problem).toMatchObject({ severity: 'error', file: `content/${VI}`, line: 9, field: 'images.0.alt' });
    expect(say(problem!)).toContain('“./cong.jpg”');
  });

  it('only warns when the English description is missing: the Vietnamese one is shown instead', () => {
    const root = copySite();
    edit(root, 'relics/den-mau/en.md', '    alt: The temple gate seen from the yard\n', '');
    const content = check(root);
    expect(content.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(withKey(content, 'missingAlt')[0]).toMatchObject({
      severity: 'warning',
      file: 'content/relics/den-mau/en.md',
      field: 'images.0.alt',
    });
  });
});
