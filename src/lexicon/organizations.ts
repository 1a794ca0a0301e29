/**
 * Organization heads: the words an organization name starts with, what may follow them, and what
 * kind of body they name. The grammar that uses them is src/recognizers/organization.ts. Plain data
 * (the kind and level strings mirror organizationKindSchema and adminLevelSchema).
 */

export type OrganizationKindName =
  | 'party'
  | 'people_committee'
  | 'council'
  | 'front'
  | 'military'
  | 'police'
  | 'government'
  | 'department'
  | 'court'
  | 'procuracy'
  | 'mass_organization'
  | 'school'
  | 'health'
  | 'enterprise'
  | 'media'
  | 'other'

export interface OrganizationHead {
  readonly forms: readonly string[]
  readonly kind: OrganizationKindName
  /**
   * What must follow the head: nothing; a sector name ("Sở" + "Y tế"), or only a known one ("Bộ" +
   * "Tư pháp", never "Bộ Luật Hình sự"); a proper name ("Báo" +
   * "Thanh Hóa"); a school name ("Trường" + "THCS Nguyễn Du"); a number ("Quân khu" + "4"); or the
   * body it belongs to ("Thường trực" + "HĐND huyện").
   */
  readonly takes: 'none' | 'sector' | 'known' | 'proper' | 'school' | 'number' | 'parent'
  /** A fixed level; 'city' when it depends on the city (Thành ủy). Otherwise from the place. */
  readonly level?: 'central' | 'province' | 'district' | 'commune' | 'city'
  /** Takes the kind of the body it belongs to ("Ban Pháp chế HĐND tỉnh" is the council's). */
  readonly inherit?: boolean
  /** A mention on its own, with no name, level or place after it ("MTTQ", "Huyện ủy"). */
  readonly bare?: boolean
  /** Also in lower case ("huyện ủy"): words that are never common nouns. */
  readonly anyCase?: boolean
  /** May be followed by a descriptive name in lower case up to a level word ("Ban Chỉ đạo diễn tập tỉnh"). */
  readonly descriptive?: boolean
  /** Described only after its capitalised name ("Quỹ Bảo trợ trẻ em tỉnh"; "Quỹ đất" is no body). */
  readonly named?: boolean
  /** Central bodies take no level, place or parent after them. */
  readonly central?: boolean
}

/** A central body's forms with "Trung ương" also written "T.Ư", "TƯ" or "TW". */
function centralForms(forms: readonly string[]): string[] {
  return forms.flatMap((form) => [
    form,
    ...['T.Ư', 'TƯ', 'TW'].map((short) => form.replace('Trung ương', short)),
  ])
}

export const ORGANIZATION_HEADS: readonly OrganizationHead[] = [
  // the Party
  {
    forms: ['Huyện ủy', 'Huyện Ủy'],
    kind: 'party',
    takes: 'none',
    level: 'district',
    bare: true,
    anyCase: true,
  },
  {
    forms: ['Tỉnh ủy', 'Tỉnh Ủy'],
    kind: 'party',
    takes: 'none',
    level: 'province',
    bare: true,
    anyCase: true,
  },
  { forms: ['Thành ủy', 'Thành Ủy'], kind: 'party', takes: 'none', level: 'city', bare: true, anyCase: true },
  {
    forms: ['Thị ủy', 'Quận ủy'],
    kind: 'party',
    takes: 'none',
    level: 'district',
    bare: true,
    anyCase: true,
  },
  { forms: ['Đảng ủy', 'Đảng Ủy'], kind: 'party', takes: 'none', bare: true },
  { forms: ['Đảng ủy Quân sự', 'Đảng ủy quân sự'], kind: 'party', takes: 'none', bare: true },
  { forms: ['Đảng ủy Công an'], kind: 'party', takes: 'none', bare: true },
  { forms: ['Đảng ủy Khối'], kind: 'party', takes: 'proper' },
  // the bloc party committees, written with lower-case words ("Đảng ủy Khối các cơ quan tỉnh")
  {
    forms: [
      'Đảng ủy Khối các cơ quan',
      'Đảng ủy Khối Cơ quan và Doanh nghiệp',
      'Đảng ủy Khối các Cơ quan và Doanh nghiệp',
      'Đảng ủy Khối Doanh nghiệp',
    ],
    kind: 'party',
    takes: 'none',
  },
  { forms: ['Đảng bộ'], kind: 'party', takes: 'none' },
  // the party groups inside a body: "Đảng đoàn MTTQ Việt Nam", "Ban cán sự đảng UBND tỉnh"
  { forms: ['Đảng đoàn', 'Ban cán sự đảng', 'Ban Cán sự Đảng'], kind: 'party', takes: 'none' },
  { forms: ['Chi bộ'], kind: 'party', takes: 'none' },
  { forms: ['Ban Thường vụ', 'BTV', 'Thường vụ'], kind: 'party', takes: 'none', inherit: true },
  { forms: ['Ban Chấp hành', 'BCH'], kind: 'party', takes: 'none', inherit: true },
  { forms: ['Thường trực'], kind: 'party', takes: 'parent', inherit: true },
  {
    forms: ['Ban Tuyên giáo', 'Ban Dân vận', 'Ban Nội chính', 'Ban Tuyên giáo và Dân vận'],
    kind: 'party',
    takes: 'none',
  },
  { forms: ['Ban Tổ chức', 'BTC'], kind: 'other', takes: 'none', inherit: true, descriptive: true },
  { forms: ['Ủy ban Kiểm tra', 'UBKT'], kind: 'party', takes: 'none' },
  { forms: ['Trung tâm Chính trị', 'Trung tâm Bồi dưỡng chính trị'], kind: 'party', takes: 'none' },
  {
    forms: [
      'Bộ Chính trị',
      'Ban Bí thư',
      'Ban Chấp hành Trung ương',
      'BCH Trung ương',
      'Trung ương Đảng',
      // "T.Ư", "TƯ" and "TW" abbreviate "Trung ương"
      'Ban Chấp hành T.Ư',
      'Ban Chấp hành TƯ',
      'Ban Chấp hành TW',
      'BCH T.Ư',
      'BCH TƯ',
      'BCH TW',
      'T.Ư Đảng',
      'TƯ Đảng',
      'TW Đảng',
      'Đảng Cộng sản Việt Nam',
      // the central party committees of the 2025 organization
      'Đảng ủy Quốc hội',
      'Đảng ủy Chính phủ',
      'Đảng ủy các cơ quan Đảng Trung ương',
      'Đảng ủy MTTQ, các đoàn thể Trung ương',
      'Đảng ủy Mặt trận Tổ quốc Việt Nam, các đoàn thể Trung ương',
      'Đảng ủy Công an Trung ương',
    ],
    kind: 'party',
    takes: 'none',
    level: 'central',
    bare: true,
    central: true,
  },
  {
    // the Central Committee's boards and office ("Ban Tổ chức Trung ương", "Văn phòng T.Ư Đảng")
    forms: centralForms([
      'Ban Bí thư Trung ương Đảng',
      'Ban Bí thư Trung ương',
      'Văn phòng Trung ương Đảng',
      'Văn phòng Trung ương',
      'Ban Tổ chức Trung ương',
      'Ban Tuyên giáo Trung ương',
      'Ban Dân vận Trung ương',
      'Ban Tuyên giáo và Dân vận Trung ương',
      'Ban Kinh tế Trung ương',
      'Ban Nội chính Trung ương',
      'Ban Đối ngoại Trung ương',
      'Ban Chính sách, chiến lược Trung ương',
      'Hội đồng Lý luận Trung ương',
    ]),
    kind: 'party',
    takes: 'none',
    level: 'central',
    bare: true,
    central: true,
  },
  {
    forms: ['Quân ủy Trung ương', 'Đảng ủy Quân sự Trung ương', 'Quân ủy T.Ư', 'Đảng ủy Quân sự T.Ư'],
    kind: 'party',
    takes: 'none',
    level: 'central',
    bare: true,
    central: true,
  },
  // people's committees and councils
  {
    forms: ['UBND', 'Ủy ban nhân dân', 'Ủy ban Nhân dân'],
    kind: 'people_committee',
    takes: 'none',
    bare: true,
  },
  { forms: ['HĐND', 'Hội đồng nhân dân', 'Hội đồng Nhân dân'], kind: 'council', takes: 'none', bare: true },
  {
    forms: ['HĐND và UBND', 'HĐND - UBND', 'HĐND-UBND', 'HĐND&UBND'],
    kind: 'people_committee',
    takes: 'none',
  },
  {
    forms: [
      'Ban Kinh tế - Xã hội',
      'Ban Pháp chế',
      'Ban Văn hóa - Xã hội',
      'Ban Dân tộc',
      'Ban Kinh tế - Ngân sách',
      'Ban Đô thị',
    ],
    kind: 'council',
    takes: 'none',
    inherit: true,
  },
  {
    forms: ['Quốc hội', 'QH', 'Ủy ban Thường vụ Quốc hội'],
    kind: 'council',
    takes: 'none',
    level: 'central',
    bare: true,
    central: true,
  },
  {
    forms: ['Đoàn ĐBQH', 'Đoàn đại biểu Quốc hội', 'Đoàn Đại biểu Quốc hội'],
    kind: 'council',
    takes: 'none',
    bare: true,
  },
  // the Front
  {
    forms: [
      'Ủy ban Trung ương MTTQ Việt Nam',
      'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
      'Ủy ban T.Ư MTTQ Việt Nam',
      'Ủy ban TƯ MTTQ Việt Nam',
      'UBTƯ MTTQ Việt Nam',
      'UBTƯ MTTQVN',
      'UBTW MTTQ Việt Nam',
      'UBTƯ MTTQ',
      'UBTW MTTQ',
      'Ủy ban Trung ương MTTQ',
    ],
    kind: 'front',
    takes: 'none',
    level: 'central',
    bare: true,
    central: true,
  },
  {
    forms: [
      'Ủy ban MTTQ Việt Nam',
      'Ủy ban MTTQ',
      'UBMTTQ Việt Nam',
      'UBMTTQVN',
      'UBMTTQ',
      'UB MTTQ',
      'Ủy ban Mặt trận Tổ quốc Việt Nam',
      'Ủy ban Mặt trận Tổ quốc',
      'MTTQ Việt Nam',
      'MTTQVN',
      'MTTQ',
      'Mặt trận Tổ quốc Việt Nam',
      'Mặt trận Tổ quốc',
      'Mặt trận',
    ],
    kind: 'front',
    takes: 'none',
    bare: true,
  },
  // the armed forces and the police
  {
    forms: [
      'Ban CHQS',
      'Ban Chỉ huy Quân sự',
      'Ban Chỉ huy quân sự',
      'BCH Quân sự',
      'BCHQS',
      'Cơ quan Quân sự',
      'Cơ quan quân sự',
    ],
    kind: 'military',
    takes: 'none',
  },
  {
    forms: ['Bộ CHQS', 'Bộ Chỉ huy Quân sự', 'Bộ Chỉ huy quân sự'],
    kind: 'military',
    takes: 'none',
    level: 'province',
    bare: true,
  },
  {
    forms: ['Bộ Chỉ huy Bộ đội Biên phòng', 'Bộ Chỉ huy BĐBP', 'BCH BĐBP', 'Bộ đội Biên phòng', 'BĐBP'],
    kind: 'military',
    takes: 'none',
    level: 'province',
  },
  { forms: ['Đồn Biên phòng', 'Đồn BP', 'Đồn', 'Hải đội'], kind: 'military', takes: 'proper' },
  {
    forms: ['Quân khu', 'Sư đoàn', 'Trung đoàn', 'Lữ đoàn', 'Vùng', 'Quân đoàn', 'Binh đoàn'],
    kind: 'military',
    takes: 'number',
  },
  { forms: ['Bộ Tư lệnh'], kind: 'military', takes: 'proper' },
  { forms: ['Huyện đội'], kind: 'military', takes: 'none', level: 'district', bare: true, anyCase: true },
  { forms: ['Tỉnh đội'], kind: 'military', takes: 'none', level: 'province', bare: true },
  { forms: ['LLVT', 'Lực lượng vũ trang'], kind: 'military', takes: 'none' },
  {
    forms: [
      'Bộ Quốc phòng',
      'Bộ Tổng Tham mưu',
      'Tổng cục Chính trị',
      'Tổng cục Chính trị QĐND Việt Nam',
      'Tổng cục Chính trị Quân đội nhân dân Việt Nam',
      'Quân đội nhân dân Việt Nam',
      'QĐND Việt Nam',
      'QĐNDVN',
    ],
    kind: 'military',
    takes: 'none',
    level: 'central',
    bare: true,
    central: true,
  },
  { forms: ['Công an'], kind: 'police', takes: 'none' },
  { forms: ['Bộ Công an'], kind: 'police', takes: 'none', level: 'central', bare: true, central: true },
  {
    forms: ['Tổng cục Chính trị Công an nhân dân', 'Tổng cục Chính trị CAND'],
    kind: 'police',
    takes: 'none',
    level: 'central',
    bare: true,
    central: true,
  },
  // the government and its departments
  {
    forms: ['Chính phủ', 'Văn phòng Chính phủ'],
    kind: 'government',
    takes: 'none',
    level: 'central',
    bare: true,
    central: true,
  },
  { forms: ['Bộ'], kind: 'government', takes: 'known', level: 'central', central: true },
  { forms: ['Sở', 'Phòng', 'Cục', 'Chi cục', 'Tổng cục', 'Vụ'], kind: 'department', takes: 'sector' },
  {
    forms: [
      'Thanh tra',
      'Kho bạc Nhà nước',
      'KBNN',
      'Chi cục Thuế',
      'Cục Thuế',
      'Bảo hiểm xã hội',
      'BHXH',
      'Cục Thống kê',
      'Chi cục Thống kê',
    ],
    kind: 'department',
    takes: 'none',
  },
  { forms: ['Văn phòng'], kind: 'department', takes: 'sector', inherit: true },
  {
    forms: [
      'Văn phòng HĐND và UBND',
      'Văn phòng HĐND - UBND',
      'Văn phòng HĐND&UBND',
      'Văn phòng HĐND-UBND',
      'Văn phòng UBND',
      'Văn phòng HĐND',
      'Văn phòng Đoàn ĐBQH và HĐND',
    ],
    kind: 'people_committee',
    takes: 'none',
    bare: true,
  },
  {
    forms: ['Văn phòng Huyện ủy', 'Văn phòng Tỉnh ủy', 'Văn phòng Thành ủy'],
    kind: 'party',
    takes: 'none',
    bare: true,
  },
  { forms: ['Ban Quản lý', 'BQL'], kind: 'other', takes: 'sector', descriptive: true },
  { forms: ['Ban'], kind: 'other', takes: 'sector', descriptive: true, inherit: true },
  // committees named by their field ("Ủy ban Xã hội của Quốc hội", "Ủy ban Dân tộc"); the people's
  // committees and the Front's are longer forms above
  { forms: ['Ủy ban', 'Uỷ ban'], kind: 'other', takes: 'sector', inherit: true },
  {
    // not `central`: "Ủy ban Dân tộc Chính phủ" names the government it belongs to
    forms: ['Ủy ban Dân tộc', 'Ủy ban Dân tộc và Tôn giáo'],
    kind: 'government',
    takes: 'none',
    level: 'central',
    bare: true,
    inherit: true,
  },
  { forms: ['Ủy ban bầu cử', 'Ủy ban Bầu cử'], kind: 'other', takes: 'none' },
  {
    forms: ['Ban Chỉ đạo', 'BCĐ', 'Ban chỉ đạo'],
    kind: 'other',
    takes: 'none',
    descriptive: true,
    inherit: true,
  },
  { forms: ['Hội đồng'], kind: 'other', takes: 'sector', descriptive: true, inherit: true },
  {
    forms: ['Hội đồng Thi đua - Khen thưởng', 'Hội đồng Thi đua, Khen thưởng', 'Hội đồng TĐKT'],
    kind: 'other',
    takes: 'none',
  },
  { forms: ['Trung tâm'], kind: 'other', takes: 'sector', descriptive: true },
  { forms: ['Đội'], kind: 'other', takes: 'sector', descriptive: true, inherit: true },
  { forms: ['khu vực phòng thủ', 'Khu vực phòng thủ'], kind: 'military', takes: 'none', bare: true },
  // how a title names its own body without naming it again ("Hiệu trưởng nhà trường")
  { forms: ['nhà trường'], kind: 'school', takes: 'none' },
  { forms: ['Nhà máy'], kind: 'enterprise', takes: 'proper' },
  {
    forms: ['Tòa án nhân dân tối cao', 'TAND tối cao', 'TANDTC', 'Tòa án Quân sự Trung ương'],
    kind: 'court',
    takes: 'none',
    level: 'central',
    bare: true,
    central: true,
  },
  {
    forms: ['Viện Kiểm sát nhân dân tối cao', 'Viện kiểm sát nhân dân tối cao', 'VKSND tối cao', 'VKSNDTC'],
    kind: 'procuracy',
    takes: 'none',
    level: 'central',
    bare: true,
    central: true,
  },
  { forms: ['Tòa án nhân dân', 'TAND', 'Tòa án'], kind: 'court', takes: 'none' },
  {
    forms: ['Viện Kiểm sát nhân dân', 'VKSND', 'Viện kiểm sát nhân dân', 'Viện Kiểm sát'],
    kind: 'procuracy',
    takes: 'none',
  },
  // mass organizations
  {
    forms: [
      'Hội Liên hiệp Phụ nữ',
      'Hội LHPN',
      'Hội Phụ nữ',
      'Hội Cựu chiến binh',
      'Hội CCB',
      'Hội Nông dân',
      'Hội ND',
      'Hội Chữ thập đỏ',
      'Hội CTĐ',
      'Hội Người cao tuổi',
      'Hội Liên hiệp Thanh niên',
      'Hội LHTN',
      'Hội Sinh viên',
      'Hội NDVN',
      'Hội NCT',
      'Hội Khuyến học',
      'Hội Cựu thanh niên xung phong',
      'Hội Cựu TNXP',
      'Hội Nạn nhân chất độc da cam/dioxin',
      'Hội Luật gia',
      'Hội Doanh nghiệp',
      'Hội Doanh nhân',
      'Hội Làm vườn',
      'Hội Cựu giáo chức',
      'Hội Bảo trợ người khuyết tật và trẻ mồ côi',
      'Đoàn TNCS Hồ Chí Minh',
      'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
      'Đoàn Thanh niên',
      'Đoàn TN',
      'Đoàn TNCS',
      'Liên đoàn Lao động',
      'LĐLĐ',
      'Hội đồng Đội',
      'Đội TNTP Hồ Chí Minh',
      'Liên minh Hợp tác xã',
    ],
    kind: 'mass_organization',
    takes: 'none',
  },
  // central bodies of the mass organizations: "Trung ương Hội LHPN Việt Nam", "Trung ương Đoàn"
  {
    forms: ['Trung ương Hội', 'T.Ư Hội', 'TƯ Hội', 'Ban Chấp hành Trung ương Hội', 'BCH Trung ương Hội'],
    kind: 'mass_organization',
    takes: 'sector',
    level: 'central',
  },
  {
    forms: [
      'Trung ương Đoàn',
      'T.Ư Đoàn',
      'TƯ Đoàn',
      'TW Đoàn',
      'Ban Chấp hành Trung ương Đoàn',
      'BCH Trung ương Đoàn',
      'Trung ương Đoàn TNCS Hồ Chí Minh',
      'Tổng Liên đoàn Lao động Việt Nam',
      'Tổng Liên đoàn Lao động',
      'Tổng LĐLĐ Việt Nam',
      'Tổng LĐLĐ',
    ],
    kind: 'mass_organization',
    takes: 'none',
    level: 'central',
    bare: true,
    central: true,
  },
  // the Youth Union of a unit: "Bí thư Đoàn xã", "Đoàn phường Bắc Gia Nghĩa"
  { forms: ['Đoàn'], kind: 'mass_organization', takes: 'none' },
  {
    forms: ['Huyện đoàn', 'Quận đoàn', 'Thị đoàn'],
    kind: 'mass_organization',
    takes: 'none',
    level: 'district',
    bare: true,
    anyCase: true,
  },
  {
    forms: ['Tỉnh đoàn'],
    kind: 'mass_organization',
    takes: 'none',
    level: 'province',
    bare: true,
    anyCase: true,
  },
  {
    forms: ['Thành đoàn'],
    kind: 'mass_organization',
    takes: 'none',
    level: 'city',
    bare: true,
    anyCase: true,
  },
  { forms: ['Hội'], kind: 'mass_organization', takes: 'sector' },
  // "Công đoàn ngành Giáo dục huyện", "Công đoàn cơ sở Trường THCS X"
  { forms: ['Công đoàn'], kind: 'mass_organization', takes: 'none', descriptive: true },
  { forms: ['Phòng giao dịch', 'Phòng Giao dịch'], kind: 'enterprise', takes: 'none' },
  // schools, health, enterprises, media
  {
    forms: ['Trường', 'Trường Đại học', 'Trường Cao đẳng', 'Trường Trung cấp', 'Trường Chính trị'],
    kind: 'school',
    takes: 'school',
  },
  { forms: ['Học viện', 'Đại học'], kind: 'school', takes: 'sector' },
  // research institutes and academies: "Viện Nhà nước và Pháp luật", "Viện Hàn lâm Khoa học xã hội
  // Việt Nam"; a faculty or a hospital ward: "Khoa Luật", "Khoa Chống nhiễm khuẩn"
  { forms: ['Viện', 'Viện Hàn lâm'], kind: 'other', takes: 'sector' },
  { forms: ['Khoa'], kind: 'other', takes: 'sector', descriptive: true },
  {
    forms: ['Học viện Chính trị quốc gia Hồ Chí Minh', 'Học viện Chính trị Quốc gia Hồ Chí Minh'],
    kind: 'school',
    takes: 'none',
    level: 'central',
    bare: true,
    central: true,
  },
  { forms: ['Bệnh viện', 'Phòng khám'], kind: 'health', takes: 'proper' },
  // "Trung tâm Y tế dự phòng tỉnh", "Trạm Y tế xã"
  {
    forms: ['Trung tâm Y tế', 'TTYT', 'Trạm Y tế', 'Trạm y tế'],
    kind: 'health',
    takes: 'none',
    descriptive: true,
  },
  { forms: ['Công ty', 'Tổng công ty', 'Tập đoàn', 'Doanh nghiệp'], kind: 'enterprise', takes: 'proper' },
  { forms: ['Hợp tác xã', 'HTX'], kind: 'enterprise', takes: 'proper', descriptive: true },
  { forms: ['Ngân hàng'], kind: 'enterprise', takes: 'sector' },
  {
    forms: [
      'Ngân hàng Chính sách xã hội',
      'NHCSXH',
      'NH CSXH',
      'Phòng Giao dịch NHCSXH',
      'Quỹ Tín dụng nhân dân',
    ],
    kind: 'enterprise',
    takes: 'none',
  },
  {
    forms: ['Báo', 'Tạp chí', 'Cổng Thông tin điện tử', 'Cổng thông tin điện tử'],
    kind: 'media',
    takes: 'proper',
  },
  {
    forms: [
      'Đài Phát thanh và Truyền hình',
      'Đài PT-TH',
      'Đài PTTH',
      'Đài Truyền thanh',
      'Đài Truyền thanh - Truyền hình',
      'Trung tâm Truyền thông',
      'Trung tâm Văn hóa, Thông tin và Thể thao',
      'Trung tâm Văn hóa - Thông tin và Thể thao',
      'Trung tâm VH-TT&TT',
    ],
    kind: 'media',
    takes: 'none',
  },
  // the national press bodies, complete names on their own
  {
    forms: [
      'Thông tấn xã Việt Nam',
      'TTXVN',
      'Đài Truyền hình Việt Nam',
      'Đài Tiếng nói Việt Nam',
      'Hội Nhà báo Việt Nam',
    ],
    kind: 'media',
    takes: 'none',
    level: 'central',
    bare: true,
    central: true,
  },
  // "Quỹ Bảo trợ trẻ em tỉnh", "Quỹ Vì người nghèo huyện", "Quỹ Báo chí Hàn Quốc"
  { forms: ['Quỹ'], kind: 'other', takes: 'sector', descriptive: true, named: true },
]

/**
 * Sector names after Sở, Phòng, Bộ, Ban, Văn phòng, Trung tâm, Hội đồng: the known ones, with their
 * lower-case words and inner commas ("Văn hóa, Thể thao và Du lịch" is one name); unknown names
 * are read by grammar (capitalised words).
 */
export const SECTOR_NAMES = [
  'Văn hóa, Thể thao và Du lịch',
  'Văn hóa - Thể thao và Du lịch',
  'Văn hóa, Thể thao, Du lịch',
  'VH, TT&DL',
  'VH,TT&DL',
  'VH-TT&DL',
  'VHTT&DL',
  'VHTTDL',
  'Văn hóa và Thông tin',
  'Văn hóa - Thông tin',
  'Văn hóa, Thông tin',
  'Văn hóa - Thông tin - Thể thao',
  'Văn hóa, Thông tin và Thể thao',
  'Văn hóa - Thể thao',
  'Kế hoạch và Đầu tư',
  'KH&ĐT',
  'Tài chính',
  'Tài chính - Kế hoạch',
  'TC-KH',
  'Tài nguyên và Môi trường',
  'TN&MT',
  'TN-MT',
  'TNMT',
  'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và PTNT',
  'NN&PTNT',
  'NN-PTNT',
  'Nông nghiệp và Môi trường',
  'NN&MT',
  'Lao động - Thương binh và Xã hội',
  'Lao động, Thương binh và Xã hội',
  'LĐTB&XH',
  'LĐ-TB&XH',
  'LĐ-TBXH',
  'LĐTBXH',
  'Giáo dục và Đào tạo',
  'Giáo dục - Đào tạo',
  'GD&ĐT',
  'GD-ĐT',
  'GDĐT',
  'Y tế',
  'Nội vụ',
  'Tư pháp',
  'Công Thương',
  'Công thương',
  'Xây dựng',
  'Giao thông vận tải',
  'Giao thông Vận tải',
  'GTVT',
  'Khoa học và Công nghệ',
  'Khoa học và Công nghệ Việt Nam',
  'Khoa học xã hội',
  'Khoa học Xã hội',
  'Khoa học xã hội Việt Nam',
  'Khoa học Xã hội Việt Nam',
  'KH&CN',
  'Thông tin và Truyền thông',
  'TT&TT',
  'Ngoại vụ',
  'Ngoại giao',
  'Quốc phòng',
  'Công an',
  'Dân tộc và Tôn giáo',
  'Dân tộc',
  'Kinh tế - Hạ tầng',
  'Kinh tế và Hạ tầng',
  'KT-HT',
  'Kinh tế',
  'Quản lý đô thị',
  'Thi đua - Khen thưởng',
  'Thi đua, Khen thưởng',
  'Quản lý dự án đầu tư xây dựng',
  'Dịch vụ công ích',
  'Phát triển quỹ đất',
  'Giáo dục nghề nghiệp - Giáo dục thường xuyên',
  'GDNN-GDTX',
  'Điều phối nông thôn mới',
  'Nông thôn mới',
  'Điều phối Chương trình nông thôn mới',
  'Kinh tế, Hạ tầng và Đô thị',
  'Kinh tế - Hạ tầng và Đô thị',
  'Văn hóa - Xã hội',
  'Văn hóa, Xã hội',
  'Tổ chức cán bộ',
  'Tổ chức - Cán bộ',
  // committees of the National Assembly ("Ủy ban Xã hội của Quốc hội")
  'Xã hội',
  'Pháp luật',
  'Đối ngoại',
  'Dân nguyện',
  'Văn hóa, Giáo dục',
  'Tài chính, Ngân sách',
  'Quốc phòng và An ninh',
  'Quốc phòng, An ninh và Đối ngoại',
  'Khoa học, Công nghệ và Môi trường',
  'Pháp luật và Tư pháp',
  // the police: departments (Phòng) of a provincial police and teams (Đội) of a district one
  'Cảnh sát giao thông',
  'Cảnh sát hình sự',
  'Cảnh sát kinh tế',
  'Cảnh sát môi trường',
  'Cảnh sát cơ động',
  'Cảnh sát điều tra tội phạm về ma túy',
  'Cảnh sát điều tra tội phạm về trật tự xã hội',
  'Cảnh sát điều tra tội phạm về kinh tế và chức vụ',
  'Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, môi trường',
  'Cảnh sát quản lý hành chính về trật tự xã hội',
  'Cảnh sát thi hành án hình sự và hỗ trợ tư pháp',
  'Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ',
  'Cảnh sát PCCC và CNCH',
  'Cảnh sát PCCC&CNCH',
  'An ninh điều tra',
  'An ninh chính trị nội bộ',
  'An ninh kinh tế',
  'An ninh đối ngoại',
  'Quản lý xuất nhập cảnh',
  'Tham mưu',
  'Hậu cần',
  'Xây dựng phong trào bảo vệ An ninh Tổ quốc',
  // the border guard: teams of a border post
  'Vận động quần chúng',
  'Trinh sát',
  'Phòng chống ma túy và tội phạm',
] as const

/** Words of several syllables that may start a proper name ("Đồn Biên phòng Cửa khẩu quốc tế Hữu Nghị"). */
export const NAME_PHRASES = [
  'Cửa khẩu quốc tế',
  'Cửa khẩu Quốc tế',
  'Cửa khẩu',
  'Khu kinh tế',
  'Khu công nghiệp',
  'Cụm công nghiệp',
  // a region after a name: "Tổng Công ty Điện lực miền Bắc"
  'miền Bắc',
  'miền Trung',
  'miền Nam',
  'miền Tây',
] as const

/** School types after "Trường" ("Trường THCS Nguyễn Du", "Trường Mầm non Hoa Sen"). */
export const SCHOOL_TYPES = [
  'THCS',
  'THPT',
  'TH',
  'MN',
  'TH&THCS',
  'THCS&THPT',
  'TH và THCS',
  'PTDTBT',
  'PTDTNT',
  'PTDTBT THCS',
  'PTDTBT TH',
  'PTDTBT TH&THCS',
  'PTDTNT THCS',
  'PTDTNT THCS và THPT',
  'Tiểu học',
  'Mầm non',
  'Trung học cơ sở',
  'Trung học phổ thông',
  'Phổ thông Dân tộc bán trú',
  'Phổ thông Dân tộc nội trú',
  'Phổ thông',
  'Tiểu học và THCS',
  'Mẫu giáo',
  'Quân sự',
  'Chính trị',
  'Đại học',
  'Cao đẳng',
  'Trung cấp',
  'Trung cấp nghề',
  'Cao đẳng nghề',
] as const

/**
 * Words after a generic head that make it a common noun, not a body: "Hội nghị", "Hội trường" (an
 * event, a hall), "Ban hành" (to issue), "ban đầu" (at first), "Đội ngũ" (the staff).
 */
export const COMMON_NOUN_AFTER: Readonly<Record<string, readonly string[]>> = {
  // "Khoa học" (science) is no faculty
  Khoa: ['học'],
  Hội: [
    'nghị',
    'thi',
    'thảo',
    'diễn',
    'trường',
    'chợ',
    'khỏe',
    'xuân',
    'làng',
    'báo',
    'viên',
    'đồng',
    'ý',
    'họp',
    'trại',
    'sách',
    'đàm',
    'giảng',
    'ngộ',
    'tụ',
    'tụ họp',
    'nhập',
    'đủ',
    'chứng',
  ],
  Ban: ['hành', 'đầu', 'ngày', 'đêm', 'nãy', 'sáng', 'mai', 'bố', 'phát', 'tặng', 'cho', 'ơn', 'công bố'],
  Đội: ['ngũ', 'hình', 'mũ', 'ơn', 'lốt', 'quân', 'viên'],
  // "báo cáo" (to report), "báo chí" (the press): "trưởng thôn báo cáo" names no newspaper
  Báo: ['cáo', 'chí', 'động', 'giá', 'hiệu', 'danh', 'đáp', 'ơn', 'thức', 'tin', 'công'],
  'Trung tâm': ['điểm', 'thương mại', 'xã', 'huyện', 'tỉnh', 'thành phố', 'thị trấn', 'thị xã'],
}
