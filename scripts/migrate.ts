/**
 * `npm run migrate [content folder]`: moves the entry folders to the web editor's layout
 * (`index.vi.md` + `index.en.md`), so `/admin/` can edit every entry. Slugs, codes and URLs do not
 * change. Commit the renamed files afterwards.
 */
import { consoleLang } from '../src/i18n/index.ts';
import { contentDir } from '../src/lib/content/files/location.ts';
import { moveToEditorLayout } from '../src/lib/content/files/migrate-layout.ts';

const vi = consoleLang() === 'vi';
const renames = moveToEditorLayout(process.cwd(), process.argv[2] ?? contentDir());
for (const { from, to } of renames) console.log(`  ${from} → ${to}`);
console.log(
  vi
    ? `Đã chuyển ${renames.length} tệp sang kiểu của trình sửa trên web. Mã, địa chỉ trang và biển QR giữ nguyên.`
    : `Moved ${renames.length} file(s) to the web editor's layout. Codes, page addresses and plaques are unchanged.`,
);
