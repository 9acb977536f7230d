/**
 * The texts volunteers read for real bad inputs, locked in Vietnamese and English as `npm run check`
 * prints them: a copy of `tests/scenarios/authoring/fixture`, changed, then checked.
 */
import { describe, expect, it } from 'vitest';
import { formatForLog, formatProblems, LOG_REPEATS, type Problem } from '../../../src/lib/content/problems.ts';
import { check, copySite, edit } from '../../scenarios/authoring/helpers.ts';

const RELIC = 'relics/den-mau/vi.md';
const TEAM = 'teams/to-mau/vi.md';
const SITE = 'site.yaml';

/** The errors of a changed copy of the fixture, as printed in Vietnamese and in English. */
function told(change: (root: string) => void): [string, string] {
  const root = copySite();
  change(root);
  const errors = check(root).problems.filter((p) => p.severity === 'error');
  return [formatProblems(errors, 'vi'), formatProblems(errors, 'en')];
}

describe('texts volunteers read', () => {
  it('a misspelt field, with the field meant (and no second message that it is missing)', () => {
    const [vi, en] = told((root) => edit(root, RELIC, 'title:', 'titel:'));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [unknownFieldSuggest]: content/relics/den-mau/vi.md, dòng 3, mục “titel”
        Mục “titel” không có trong mẫu. Có lẽ bạn định viết “title”.
        Cách sửa: Sửa “titel” thành “title”."
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [unknownFieldSuggest]: content/relics/den-mau/vi.md, line 3, field “titel”
        The field “titel” is not part of the format. You probably meant “title”.
        How to fix: Change “titel” to “title”."
    `);
  });

  it('a required field left out', () => {
    const [vi, en] = told((root) => edit(root, RELIC, /summary: .*\n/, ''));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [missing]: content/relics/den-mau/vi.md, dòng 2, mục “summary”
        Thiếu mục bắt buộc “summary”.
        Cách sửa: Thêm dòng “summary: …” (xem mẫu trong tệp khác cùng loại)."
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [missing]: content/relics/den-mau/vi.md, line 2, field “summary”
        The required field “summary” is missing.
        How to fix: Add a line “summary: …” (see another file of the same kind)."
    `);
  });

  it('a word where true or false goes', () => {
    const [vi, en] = told((root) => edit(root, TEAM, 'services: [vneid]', 'services: [vneid]\nzalo: có'));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [notTrueFalse]: content/teams/to-mau/vi.md, dòng 10, mục “zalo”
        Ở đây chỉ viết được true (có) hoặc false (không), nhưng đang viết “có”.
        Cách sửa: Viết zalo: true hoặc zalo: false, không đặt trong ngoặc kép."
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [notTrueFalse]: content/teams/to-mau/vi.md, line 10, field “zalo”
        Only true (yes) or false (no) can be written here, but it says “có”.
        How to fix: Write zalo: true or zalo: false, without quotes."
    `);
  });

  it('a number written with a comma', () => {
    const [vi, en] = told((root) => edit(root, RELIC, 'lat: 21.1', 'lat: 21,1'));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [decimalComma]: content/relics/den-mau/vi.md, dòng 7, mục “location.1”
        Máy đọc “1” thành một mục riêng: có lẽ một số ở dòng này được viết với dấu phẩy, như 21,1 (trong ngoặc { }, dấu phẩy dùng để ngăn cách các mục).
        Cách sửa: Viết phần lẻ của số sau dấu chấm, ví dụ 21.1 thay cho 21,1."
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [decimalComma]: content/relics/den-mau/vi.md, line 7, field “location.1”
        “1” is read as a field of its own: a number on this line was probably written with a decimal comma, like 21,1 (inside { }, commas separate the fields).
        How to fix: Write decimals with a point, e.g. 21.1 instead of 21,1."
    `);
  });

  it('a number in quotes', () => {
    const [vi, en] = told((root) => edit(root, RELIC, 'lat: 21.1', 'lat: "21.1"'));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [notNumber]: content/relics/den-mau/vi.md, dòng 7, mục “location.lat”
        Ở đây cần một con số, nhưng đang viết “21.1”.
        Cách sửa: Chỉ viết số, không thêm chữ, không đặt trong ngoặc kép; phần lẻ viết sau dấu chấm, ví dụ 21.1."
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [notNumber]: content/relics/den-mau/vi.md, line 7, field “location.lat”
        A number is needed here, but it says “21.1”.
        How to fix: Write only the number, with no words and no quotes; use a point for decimals, e.g. 21.1."
    `);
  });

  it('a title YAML reads as a number', () => {
    const [vi, en] = told((root) => edit(root, RELIC, 'title: Đền Mẫu', 'title: 1945'));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [notText]: content/relics/den-mau/vi.md, dòng 3, mục “title”
        Giá trị “1945” phải được viết thành chữ.
        Cách sửa: Đặt giá trị trong dấu ngoặc kép, ví dụ title: "1945""
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [notText]: content/relics/den-mau/vi.md, line 3, field “title”
        “1945” must be written as text.
        How to fix: Put it in double quotes, e.g. title: "1945""
    `);
  });

  it('a phone number that is not Vietnamese', () => {
    const [vi, en] = told((root) => edit(root, TEAM, 'phone: "0220 3882 123"', 'phone: "123"'));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [phone]: content/teams/to-mau/vi.md, dòng 6, mục “phone”
        Số điện thoại “123” không phải số Việt Nam hợp lệ.
        Cách sửa: Viết 10 số bắt đầu bằng 0 và đặt trong dấu ngoặc kép, ví dụ: phone: "0912 345 678"."
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [phone]: content/teams/to-mau/vi.md, line 6, field “phone”
        The phone number “123” is not a valid Vietnamese number.
        How to fix: Write the 10 digits starting with 0, in double quotes, e.g. phone: "0912 345 678"."
    `);
  });

  it('latitude and longitude swapped', () => {
    const [vi, en] = told((root) => edit(root, RELIC, 'lat: 21.1, lng: 106.4', 'lat: 106.4, lng: 21.1'));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [latLngSwapped]: content/relics/den-mau/vi.md, dòng 7, mục “location”
        Toạ độ (106.4, 21.1) bị đảo: bạn đã viết vĩ độ vào chỗ kinh độ và ngược lại.
        Cách sửa: Đổi chỗ hai số: lat là số nhỏ (khoảng 8–24), lng là số lớn (khoảng 102–118), ví dụ location: { lat: 21.1, lng: 106.4 }."
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [latLngSwapped]: content/relics/den-mau/vi.md, line 7, field “location”
        The coordinates (106.4, 21.1) are swapped: you wrote the latitude where the longitude goes, and the other way round.
        How to fix: Swap the two numbers: lat is the smaller one (about 8–24), lng the larger (about 102–118), e.g. location: { lat: 21.1, lng: 106.4 }."
    `);
  });

  it('a rank that is not in the list', () => {
    const [vi, en] = told((root) => edit(root, RELIC, 'area: xa-mau', 'area: xa-mau\nrank: quoc-gia'));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [notInList]: content/relics/den-mau/vi.md, dòng 6, mục “rank”
        Giá trị “quoc-gia” không nằm trong danh sách cho phép.
        Cách sửa: Chọn một trong: special-national, national, provincial, unranked."
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [notInList]: content/relics/den-mau/vi.md, line 6, field “rank”
        The value “quoc-gia” is not one of the allowed values.
        How to fix: Choose one of: special-national, national, provincial, unranked."
    `);
  });

  it('a plaque size that does not exist', () => {
    const [vi, en] = told((root) => edit(root, SITE, /$/, 'plaque:\n  size: A7\n'));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [notInListOrFields]: content/site.yaml, dòng 10, mục “plaque.size”
        Giá trị “A7” không dùng được ở đây. Chỉ được viết một trong: A6, A5, A4, hoặc { width, height } (mm).
        Cách sửa: Ví dụ size: A6, hoặc size: { width: 100, height: 150 }."
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [notInListOrFields]: content/site.yaml, line 10, field “plaque.size”
        “A7” cannot be used here. Write one of: A6, A5, A4, or { width, height } (mm).
        How to fix: For example size: A6, or size: { width: 100, height: 150 }."
    `);
  });

  it('a colon inside a value', () => {
    const [vi, en] = told((root) => edit(root, RELIC, 'address: Thôn Đông, xã Mẫu', 'address: Thôn Đông: xã Mẫu'));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [yamlColon]: content/relics/den-mau/vi.md, dòng 6
        Giá trị ở dòng này có dấu hai chấm “:”, nên máy hiểu nhầm phần sau dấu hai chấm là một mục mới.
        Cách sửa: Đặt cả giá trị trong dấu ngoặc kép: address: "Thôn Đông: xã Mẫu""
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [yamlColon]: content/relics/den-mau/vi.md, line 6
        The value on this line has a colon “:”, so the computer takes what follows the colon for a new field.
        How to fix: Put the whole value in double quotes: address: "Thôn Đông: xã Mẫu""
    `);
  });

  it('a colon left out', () => {
    const [vi, en] = told((root) => edit(root, RELIC, 'summary: ', 'summary '));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [yamlNoColon]: content/relics/den-mau/vi.md, dòng 4
        Dòng này thiếu dấu hai chấm “:” sau tên mục.
        Cách sửa: Viết tên mục, dấu hai chấm, một dấu cách, rồi đến giá trị: summary: Ngôi đền dùng để thử các lỗi nội dung."
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [yamlNoColon]: content/relics/den-mau/vi.md, line 4
        This line is missing the colon “:” after the field name.
        How to fix: Write the field name, a colon, a space, then the value: summary: Ngôi đền dùng để thử các lỗi nội dung."
    `);
  });

  it('a bracket never closed', () => {
    const [vi, en] = told((root) => edit(root, TEAM, 'services: [vneid]', 'services: [vneid'));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [unclosedBracket]: content/teams/to-mau/vi.md, dòng 9
        Dấu ngoặc mở ở dòng này chưa được đóng, nên máy không đọc được phần thông tin.
        Cách sửa: Thêm dấu “]” ở cuối dòng để đóng ngoặc, ví dụ services: [vneid, 4g] hoặc location: { lat: 21.1, lng: 106.4 }."
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [unclosedBracket]: content/teams/to-mau/vi.md, line 9
        A bracket opened on this line is never closed, so the details cannot be read.
        How to fix: Add “]” at the end of the line to close it, e.g. services: [vneid, 4g] or location: { lat: 21.1, lng: 106.4 }."
    `);
  });

  it('YAML the parser cannot read, in words it has no name for', () => {
    const [vi, en] = told((root) => edit(root, RELIC, '    alt: Cổng', '   alt: Cổng'));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [yaml]: content/relics/den-mau/vi.md, dòng 10
        Phần thông tin viết sai cách nên máy không đọc được (máy báo: Sequence item without - indicator).
        Cách sửa: Xem dòng báo lỗi: thường là thiếu dấu ngoặc kép đóng ", thiếu dấu hai chấm sau tên mục, hoặc thụt lề không đều (dùng dấu cách, không dùng Tab)."
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [yaml]: content/relics/den-mau/vi.md, line 10
        The details are written in a way the computer cannot read (it says: Sequence item without - indicator).
        How to fix: Look at the line named: usually a closing quote " is missing, a colon is missing after a field name, or the indentation is uneven (use spaces, not Tab)."
    `);
  });

  it('a quote never closed', () => {
    const [vi, en] = told((root) => edit(root, RELIC, 'address: Thôn Đông, xã Mẫu', 'address: "Thôn Đông, xã Mẫu'));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [unclosedQuote]: content/relics/den-mau/vi.md, dòng 6
        Dấu ngoặc kép mở ở dòng này chưa được đóng, nên máy không đọc được phần thông tin.
        Cách sửa: Thêm dấu ngoặc kép ở cuối giá trị trên cùng dòng, ví dụ address: "Thôn Đông, xã Mẫu"."
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [unclosedQuote]: content/relics/den-mau/vi.md, line 6
        A quote opened on this line is never closed, so the details cannot be read.
        How to fix: Add the closing quote at the end of the value on the same line, e.g. address: "Dong hamlet, Mau commune"."
    `);
  });

  it('a photo that is not in the folder', () => {
    const [vi, en] = told((root) => edit(root, RELIC, 'src: ./cong.jpg', 'src: ./cong-den.jpg'));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [imageMissing]: content/relics/den-mau/vi.md, dòng 9, mục “images.0.src”
        Không tìm thấy ảnh “./cong-den.jpg” trong thư mục của mục này.
        Cách sửa: Chép ảnh vào cùng thư mục với tệp vi.md, hoặc sửa tên ảnh cho khớp (kể cả chữ hoa, chữ thường)."
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [imageMissing]: content/relics/den-mau/vi.md, line 9, field “images.0.src”
        The photo “./cong-den.jpg” is not in this entry's folder.
        How to fix: Copy the photo into the same folder as vi.md, or correct its name (upper and lower case matter)."
    `);
  });
});

describe('values no choice accepts (unions)', () => {
  it('a plaque size of its own with a field misspelt: the field meant, not the list of sizes', () => {
    const [vi, en] = told((root) => edit(root, SITE, /$/, 'plaque:\n  size: { widht: 100, height: 150 }\n'));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [unknownFieldSuggest]: content/site.yaml, dòng 10, mục “plaque.size.widht”
        Mục “widht” không có trong mẫu. Có lẽ bạn định viết “width”.
        Cách sửa: Sửa “widht” thành “width”."
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [unknownFieldSuggest]: content/site.yaml, line 10, field “plaque.size.widht”
        The field “widht” is not part of the format. You probably meant “width”.
        How to fix: Change “widht” to “width”."
    `);
  });

  it('a phone that is neither text nor a number', () => {
    const [vi, en] = told((root) => edit(root, TEAM, 'phone: "0220 3882 123"', 'phone: true'));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [phone]: content/teams/to-mau/vi.md, dòng 6, mục “phone”
        Số điện thoại “true” không phải số Việt Nam hợp lệ.
        Cách sửa: Viết 10 số bắt đầu bằng 0 và đặt trong dấu ngoặc kép, ví dụ: phone: "0912 345 678"."
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [phone]: content/teams/to-mau/vi.md, line 6, field “phone”
        The phone number “true” is not a valid Vietnamese number.
        How to fix: Write the 10 digits starting with 0, in double quotes, e.g. phone: "0912 345 678"."
    `);
  });

  it('a consent date that is a number', () => {
    const [vi, en] = told((root) => edit(root, TEAM, 'date: 2026-03-26', 'date: 26'));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [badDate]: content/teams/to-mau/vi.md, dòng 14, mục “members.0.consent.date”
        Ngày “26” không đúng dạng.
        Cách sửa: Viết ngày theo dạng năm-tháng-ngày, ví dụ 2026-03-26."
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [badDate]: content/teams/to-mau/vi.md, line 14, field “members.0.consent.date”
        The date “26” is not in the right form.
        How to fix: Write dates as year-month-day, e.g. 2026-03-26."
    `);
  });

  it('a consent date left out, or left empty', () => {
    const [left] = told((root) => edit(root, TEAM, 'date: 2026-03-26, ', ''));
    const [empty] = told((root) => edit(root, TEAM, 'date: 2026-03-26', 'date:'));
    expect(left).toMatchInlineSnapshot(`
      "LỖI [missing]: content/teams/to-mau/vi.md, dòng 14, mục “members.0.consent.date”
        Thiếu mục bắt buộc “members.0.consent.date”.
        Cách sửa: Thêm dòng “date: …” (xem mẫu trong tệp khác cùng loại)."
    `);
    expect(empty).toMatchInlineSnapshot(`
      "LỖI [empty]: content/teams/to-mau/vi.md, dòng 14, mục “members.0.consent.date”
        Mục này đang để trống.
        Cách sửa: Viết nội dung cho mục này, hoặc xoá cả dòng nếu mục không bắt buộc."
    `);
  });

  it('a picture in the text that is not in the folder, written without a description', () => {
    const [vi, en] = told((root) => edit(root, RELIC, 'Đền được dựng lại năm 1990.', 'Đền được dựng lại năm 1990.\n\n![](./anh.jpg)'));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [imageMissing]: content/relics/den-mau/vi.md, dòng 16, mục “body”
        Không tìm thấy ảnh “./anh.jpg” trong thư mục của mục này.
        Cách sửa: Chép ảnh vào cùng thư mục với tệp vi.md, hoặc sửa tên ảnh cho khớp (kể cả chữ hoa, chữ thường).

      LỖI [bodyImageAlt]: content/relics/den-mau/vi.md, dòng 16, mục “body”
        Ảnh “./anh.jpg” trong phần nội dung chưa có lời mô tả; người khiếm thị dùng máy đọc sẽ không biết ảnh có gì.
        Cách sửa: Viết lời mô tả ngắn trong ngoặc vuông, ví dụ: ![Cổng đền nhìn từ sân](./anh.jpg)"
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [imageMissing]: content/relics/den-mau/vi.md, line 16, field “body”
        The photo “./anh.jpg” is not in this entry's folder.
        How to fix: Copy the photo into the same folder as vi.md, or correct its name (upper and lower case matter).

      ERROR [bodyImageAlt]: content/relics/den-mau/vi.md, line 16, field “body”
        The picture “./anh.jpg” in the text has no description; a blind reader using a screen reader will not know what it shows.
        How to fix: Write a short description in the square brackets, e.g. ![The temple gate seen from the yard](./anh.jpg)"
    `);
  });
});

describe('the build log', () => {
  it('shows every error and five notes of a name, then how many more, in both languages', () => {
    const note = (i: number): Problem => ({
      severity: 'warning',
      file: `content/relics/r${i}/vi.md`,
      field: 'summary',
      key: 'summaryLong',
    });
    const problems: Problem[] = [
      ...Array.from({ length: 12 }, (_, i) => note(i)),
      { severity: 'error', file: 'content/site.yaml', key: 'missingSite' },
    ];
    for (const lang of ['vi', 'en'] as const) {
      const log = formatForLog(problems, lang);
      expect(log.match(/\[summaryLong\]:/g), lang).toHaveLength(LOG_REPEATS);
      expect(log, lang).toContain('[missingSite]');
      expect(log, lang).toContain(`${12 - LOG_REPEATS} `);
      expect(log, lang).toContain('npm run check');
    }
    expect(formatForLog(problems, 'vi')).toContain('… và 7 lưu ý [summaryLong] nữa');
    expect(formatForLog(problems, 'en')).toContain('… and 7 more [summaryLong] notes');
    expect(formatForLog(problems.slice(0, 5), 'en')).toBe(formatProblems(problems.slice(0, 5), 'en'));
  });
});
