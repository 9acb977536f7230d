/** A real team's poster data, as the sample writes it: shared by the poster tests. */
import type { TeamPosterData } from '../../../src/lib/print/team-poster.ts';

export const team: TeamPosterData = {
  heading: 'Tổ công nghệ số cộng đồng thôn Thúy Lâm',
  title: 'Xã Thanh Hà',
  servicesLabel: 'Tổ giúp bà con:',
  services: ['Bán hàng trên sàn thương mại điện tử', 'Thanh toán không dùng tiền mặt', 'Cài đặt và kích hoạt VNeID'],
  when: 'Lịch trực: Tối thứ Tư 19:30–21:00',
  where: 'Địa điểm: Nhà văn hóa thôn Thúy Lâm, cạnh sân đình',
  contacts: [
    { name: 'Số điện thoại của tổ', phone: '0896 000 303' },
    { name: 'Hoàng Thị Thanh Hương — Tổ trưởng', phone: '0988 000 301' },
  ],
  moreContacts: '+ {{count}} số khác: quét mã để xem',
  url: 'HTTPS://LANGSO.EXAMPLE.VN/Q/TD03/',
  short: 'langso.example.vn/q/td03',
  footer: 'Làng Số Chí Linh – Thanh Hà',
};
