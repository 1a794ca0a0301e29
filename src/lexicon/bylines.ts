/** Bylines, photo credits and source tags. Plain data. */

/** Writer prefixes, before a colon: "Tác giả: Minh Phương", "Tin, ảnh: Hoàng Anh". */
export const BYLINE_PREFIXES = [
  'Tác giả',
  'Tác giả bài viết',
  'Tin và ảnh',
  'Tin, ảnh',
  'Tin - ảnh',
  'Tin/ảnh',
  'Tin & ảnh',
  'Tin ảnh',
  'Bài và ảnh',
  'Bài, ảnh',
  'Bài - ảnh',
  'Bài/ảnh',
  'Bài & ảnh',
  'Bài ảnh',
  'Tin',
  'Bài',
  'Tin bài',
  'Bài viết',
  'Người viết',
  'Phóng viên',
  'Nhóm phóng viên',
  'Nhóm PV',
  'PV',
  'Thực hiện',
  'Nhóm thực hiện',
  'Ghi chép',
] as const

/** Prefixes of staff lines that are not the writer: "Biên tập: X", "Người đăng: admin". */
export const EDITOR_PREFIXES = [
  'Biên tập',
  'Biên tập viên',
  'BTV',
  'Người đăng',
  'Đăng bởi',
  'Người duyệt',
  'Duyệt',
  'Người cập nhật',
] as const

/** Whole-line bylines that name a desk rather than a person. */
export const BYLINE_DESKS = [
  'PV',
  'P.V',
  'CTV',
  'BBT',
  'Nhóm PV',
  'Phóng viên',
  'Nhóm phóng viên',
  'Ban Biên tập',
  'Tổ biên tập',
  'PV tổng hợp',
  'BTV tổng hợp',
] as const

/** Photo credit prefixes: "Ảnh: Đinh Yến", "(Ảnh minh họa)". */
export const CREDIT_PREFIXES = [
  'Ảnh',
  'Ảnh minh họa',
  'Ảnh minh hoạ',
  'Ảnh tư liệu',
  'Ảnh TL',
  'Ảnh chụp màn hình',
  'Ảnh nguồn',
  'Nguồn ảnh',
  'Ảnh và video',
  'Video',
  'Clip',
  'Đồ họa',
  'Thiết kế',
] as const

/** Credits that stand without a colon and a name. */
export const BARE_CREDITS = [
  'Ảnh minh họa',
  'Ảnh tư liệu',
  'Ảnh TL',
  'Ảnh internet',
  'Ảnh: Internet',
  'Ảnh chụp màn hình',
] as const

/** A trailing attribution line: "Theo Báo Quảng Nam", "Nguồn: baothanhhoa.vn". Not an author. */
export const SOURCE_PREFIXES = ['Theo', 'Nguồn', 'Nguồn tin', 'Nguồn bài'] as const

/**
 * Upper-case abbreviations that begin a lead followed by a dash without being a newspaper's source
 * tag: "HĐND - UBND huyện tổ chức…" is a subject, "QTO - Sáng 5/1…" is a tag.
 */
export const NOT_SOURCE_TAGS = [
  'UBND',
  'HĐND',
  'MTTQ',
  'UBMTTQ',
  'BCH',
  'BTV',
  'BTVHU',
  'BTVTU',
  'ĐBQH',
  'LĐLĐ',
  'HTX',
  'THCS',
  'THPT',
  'CLB',
  'CCB',
  'HLHPN',
  'HPN',
  'ĐTN',
  'KT',
  'XH',
  'KTXH',
  'KT-XH',
  'QP',
  'AN',
  'ANTT',
  'QPAN',
  'QP-AN',
  'BHXH',
  'BHYT',
  'BQL',
  'VH',
  'TDTT',
  'VHTT',
  'GD',
  'GDĐT',
  'ĐT',
  'CAND',
  'QĐND',
  'TW',
  'TƯ',
  'CNTT',
  'CĐS',
] as const
