// Organizations and places: table-driven and strict (one result covering the whole example, with
// its kind, level, place and canonical name), then the extractor's one-record-per-body policy.
import { describe, expect, it } from 'vitest'
import { extractOrganizations } from '../src/extractors/organizations.js'
import { readDocument } from '../src/parse.js'
import { expandAbbreviations } from '../src/recognizers/abbreviation.js'
import { findOrganizations, organizationAt } from '../src/recognizers/organization.js'
import { placeAt } from '../src/recognizers/place.js'
import { foldForMatching } from '../src/text/normalize.js'

const fold = (s: string) => foldForMatching(s.normalize('NFC'))

type Row = [example: string, kind: string, level: string | null, place: string | null, canonical: string]

describe('organizationAt', () => {
  const rows: Row[] = [
    [
      'UBND huyện Ngọc Lặc',
      'people_committee',
      'district',
      'huyện Ngọc Lặc',
      'Ủy ban nhân dân huyện Ngọc Lặc',
    ],
    ['UBND tỉnh', 'people_committee', 'province', null, 'Ủy ban nhân dân tỉnh'],
    [
      'UBND TP. Hồ Chí Minh',
      'people_committee',
      'province',
      'TP. Hồ Chí Minh',
      'Ủy ban nhân dân thành phố Hồ Chí Minh',
    ],
    [
      'UBND TP. Thanh Hóa',
      'people_committee',
      'district',
      'TP. Thanh Hóa',
      'Ủy ban nhân dân thành phố Thanh Hóa',
    ],
    ['UBND xã Minh Sơn', 'people_committee', 'commune', 'xã Minh Sơn', 'Ủy ban nhân dân xã Minh Sơn'],
    ['HĐND tỉnh Thanh Hoá', 'council', 'province', 'tỉnh Thanh Hoá', 'Hội đồng nhân dân tỉnh Thanh Hoá'],
    ['Huyện ủy Ngọc Lặc', 'party', 'district', 'Ngọc Lặc', 'Huyện ủy Ngọc Lặc'],
    ['Huyện uỷ', 'party', 'district', null, 'Huyện uỷ'],
    ['Tỉnh ủy Nghệ An', 'party', 'province', 'Nghệ An', 'Tỉnh ủy Nghệ An'],
    ['Thành ủy Thanh Hóa', 'party', 'district', 'Thanh Hóa', 'Thành ủy Thanh Hóa'],
    ['Đảng ủy xã Cao Phong', 'party', 'commune', 'xã Cao Phong', 'Đảng ủy xã Cao Phong'],
    ['Ban Thường vụ Tỉnh ủy', 'party', 'province', null, 'Ban Thường vụ Tỉnh ủy'],
    ['Ban Tuyên giáo Huyện ủy', 'party', 'district', null, 'Ban Tuyên giáo Huyện ủy'],
    ['Ban Tổ chức Huyện ủy', 'party', 'district', null, 'Ban Tổ chức Huyện ủy'],
    ['Ủy ban Kiểm tra Huyện ủy', 'party', 'district', null, 'Ủy ban Kiểm tra Huyện ủy'],
    ['Thường trực HĐND huyện', 'council', 'district', null, 'Thường trực Hội đồng nhân dân huyện'],
    ['Ban Pháp chế HĐND tỉnh', 'council', 'province', null, 'Ban Pháp chế Hội đồng nhân dân tỉnh'],
    [
      'Ban Kinh tế - Ngân sách HĐND phường',
      'council',
      'commune',
      null,
      'Ban Kinh tế - Ngân sách Hội đồng nhân dân phường',
    ],
    [
      'Ủy ban MTTQ Việt Nam huyện Quan Hóa',
      'front',
      'district',
      'huyện Quan Hóa',
      'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Quan Hóa',
    ],
    ['UBMTTQVN huyện', 'front', 'district', null, 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện'],
    ['MTTQ', 'front', null, null, 'Mặt trận Tổ quốc'],
    ['Ban CHQS huyện', 'military', 'district', null, 'Ban Chỉ huy Quân sự huyện'],
    ['Bộ CHQS tỉnh', 'military', 'province', null, 'Bộ Chỉ huy Quân sự tỉnh'],
    [
      'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh',
      'military',
      'province',
      'tỉnh Hà Tĩnh',
      'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh',
    ],
    [
      'Đồn Biên phòng Cửa khẩu quốc tế Hữu Nghị',
      'military',
      null,
      null,
      'Đồn Biên phòng Cửa khẩu quốc tế Hữu Nghị',
    ],
    ['Sư đoàn 324', 'military', null, null, 'Sư đoàn 324'],
    ['LLVT huyện', 'military', 'district', null, 'Lực lượng vũ trang huyện'],
    ['Bộ Quốc phòng', 'military', 'central', null, 'Bộ Quốc phòng'],
    ['Công an tỉnh Thanh Hóa', 'police', 'province', 'tỉnh Thanh Hóa', 'Công an tỉnh Thanh Hóa'],
    ['Công an xã Ka Lăng', 'police', 'commune', 'xã Ka Lăng', 'Công an xã Ka Lăng'],
    ['Bộ Công an', 'police', 'central', null, 'Bộ Công an'],
    ['Chính phủ', 'government', 'central', null, 'Chính phủ'],
    ['Bộ Tư pháp', 'government', 'central', null, 'Bộ Tư pháp'],
    ['Sở Văn hóa, Thể thao và Du lịch', 'department', null, null, 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Sở KH&ĐT tỉnh', 'department', 'province', null, 'Sở Kế hoạch và Đầu tư tỉnh'],
    ['Sở TN&MT', 'department', null, null, 'Sở Tài nguyên và Môi trường'],
    ['Sở LĐTB&XH', 'department', null, null, 'Sở Lao động - Thương binh và Xã hội'],
    ['Sở VH-TT&DL', 'department', null, null, 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Phòng Văn hóa và Thông tin huyện', 'department', 'district', null, 'Phòng Văn hóa và Thông tin huyện'],
    [
      'Phòng Kinh tế, Hạ tầng và Đô thị phường',
      'department',
      'commune',
      null,
      'Phòng Kinh tế, Hạ tầng và Đô thị phường',
    ],
    [
      'Phòng Cảnh sát điều tra tội phạm về ma túy',
      'department',
      null,
      null,
      'Phòng Cảnh sát điều tra tội phạm về ma túy',
    ],
    [
      'Văn phòng HĐND và UBND huyện',
      'people_committee',
      'district',
      null,
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện',
    ],
    ['Ban Chỉ đạo diễn tập tỉnh', 'other', 'province', null, 'Ban Chỉ đạo diễn tập tỉnh'],
    [
      'Hội đồng Thi đua - Khen thưởng huyện',
      'other',
      'district',
      null,
      'Hội đồng Thi đua - Khen thưởng huyện',
    ],
    ['Tòa án nhân dân huyện', 'court', 'district', null, 'Tòa án nhân dân huyện'],
    ['VKSND tỉnh', 'procuracy', 'province', null, 'Viện Kiểm sát nhân dân tỉnh'],
    [
      'Hội LHPN xã Minh Sơn',
      'mass_organization',
      'commune',
      'xã Minh Sơn',
      'Hội Liên hiệp Phụ nữ xã Minh Sơn',
    ],
    ['Hội CCB huyện', 'mass_organization', 'district', null, 'Hội Cựu chiến binh huyện'],
    [
      'Hội Nông dân tỉnh Quảng Nam',
      'mass_organization',
      'province',
      'tỉnh Quảng Nam',
      'Hội Nông dân tỉnh Quảng Nam',
    ],
    [
      'Đoàn TNCS Hồ Chí Minh huyện',
      'mass_organization',
      'district',
      null,
      'Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện',
    ],
    ['Huyện đoàn Yên Mô', 'mass_organization', 'district', 'Yên Mô', 'Huyện đoàn Yên Mô'],
    [
      'Liên đoàn Lao động huyện Kbang',
      'mass_organization',
      'district',
      'huyện Kbang',
      'Liên đoàn Lao động huyện Kbang',
    ],
    ['Trường THCS Nguyễn Du', 'school', null, null, 'Trường Trung học cơ sở Nguyễn Du'],
    ['Trường Mầm non Hoa Sen', 'school', null, null, 'Trường Mầm non Hoa Sen'],
    [
      'Trung tâm Y tế huyện Ngọc Lặc',
      'health',
      'district',
      'huyện Ngọc Lặc',
      'Trung tâm Y tế huyện Ngọc Lặc',
    ],
    ['Bệnh viện Đa khoa tỉnh', 'health', 'province', null, 'Bệnh viện Đa khoa tỉnh'],
    [
      'Công ty TNHH Xây dựng Phú Hưng',
      'enterprise',
      null,
      null,
      'Công ty trách nhiệm hữu hạn Xây dựng Phú Hưng',
    ],
    ['NHCSXH huyện', 'enterprise', 'district', null, 'Ngân hàng Chính sách xã hội huyện'],
    ['Báo Thanh Hóa', 'media', null, null, 'Báo Thanh Hóa'],
    // the national press bodies, and their abbreviations
    ['Thông tấn xã Việt Nam', 'media', 'central', null, 'Thông tấn xã Việt Nam'],
    ['TTXVN', 'media', 'central', null, 'Thông tấn xã Việt Nam'],
    ['Đài Tiếng nói Việt Nam', 'media', 'central', null, 'Đài Tiếng nói Việt Nam'],
    // a district dissolved before the gazetteer's data, read by grammar
    ['Công an huyện Nông Sơn', 'police', 'district', 'huyện Nông Sơn', 'Công an huyện Nông Sơn'],
    [
      'UBND huyện Nông Sơn',
      'people_committee',
      'district',
      'huyện Nông Sơn',
      'Ủy ban nhân dân huyện Nông Sơn',
    ],
    // a fund, with its description
    ['Quỹ Bảo trợ trẻ em tỉnh', 'other', 'province', null, 'Quỹ Bảo trợ trẻ em tỉnh'],
    // central bodies, with "Trung ương" also written "T.Ư"
    ['Ban Tổ chức T.Ư', 'party', 'central', null, 'Ban Tổ chức Trung ương'],
    ['Ban Bí thư Trung ương Đảng', 'party', 'central', null, 'Ban Bí thư Trung ương Đảng'],
    ['Đảng Cộng sản Việt Nam', 'party', 'central', null, 'Đảng Cộng sản Việt Nam'],
    [
      'Ủy ban Trung ương MTTQ Việt Nam',
      'front',
      'central',
      null,
      'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    ],
    [
      'Trung ương Hội Nông dân Việt Nam',
      'mass_organization',
      'central',
      null,
      'Trung ương Hội Nông dân Việt Nam',
    ],
    [
      'Tổng Liên đoàn Lao động Việt Nam',
      'mass_organization',
      'central',
      null,
      'Tổng Liên đoàn Lao động Việt Nam',
    ],
    [
      'Học viện Chính trị quốc gia Hồ Chí Minh',
      'school',
      'central',
      null,
      'Học viện Chính trị quốc gia Hồ Chí Minh',
    ],
    ['Ủy ban Dân tộc', 'government', 'central', null, 'Ủy ban Dân tộc'],
    ['Viện kiểm sát nhân dân tối cao', 'procuracy', 'central', null, 'Viện kiểm sát nhân dân tối cao'],
    ['Ủy ban Kinh tế của Quốc hội', 'council', 'central', null, 'Ủy ban Kinh tế của Quốc hội'],
    // party bodies in the provinces
    ['Ban cán sự đảng UBND tỉnh', 'party', 'province', null, 'Ban cán sự đảng Ủy ban nhân dân tỉnh'],
    [
      'Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh',
      'party',
      'province',
      null,
      'Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh',
    ],
    // the city's initials name a centrally-run city
    ['UBND TP.HCM', 'people_committee', 'province', 'TP.HCM', 'Ủy ban nhân dân thành phố Hồ Chí Minh'],
    // a company's legal form in lower case, and its line of business
    ['Công ty cổ phần Cà phê Phước An', 'enterprise', null, null, 'Công ty cổ phần Cà phê Phước An'],
    [
      'Công ty TNHH sản xuất và thương mại Hoàng Long',
      'enterprise',
      null,
      null,
      'Công ty trách nhiệm hữu hạn sản xuất và thương mại Hoàng Long',
    ],
  ]
  it.each(rows)('"%s" → %s, %s, %s', (example, kind, level, place, canonical) => {
    const text = fold(example)
    const org = organizationAt(text, 0)
    expect(org && { end: org.end, kind: org.kind, level: org.level }).toEqual({
      end: text.length,
      kind,
      level,
    })
    expect(org?.place ? text.slice(org.place.start, org.place.end) : null).toBe(place && fold(place))
    expect(expandAbbreviations(example)).toBe(canonical)
  })

  // Where the body ends in running text.
  const ends: [string, string][] = [
    // a line of business between the legal form and the name, its first word capitalised
    ['Công ty TNHH Thiết bị giáo dục Hồng Hà cho biết', 'Công ty TNHH Thiết bị giáo dục Hồng Hà'],
    ['Công ty TNHH Minh Phát vừa trao', 'Công ty TNHH Minh Phát'],
    ['Công ty TNHH An tặng quà Trường THCS Lê Lợi', 'Công ty TNHH An'],
    ['UBND huyện Ngọc Lặc vừa tổ chức hội nghị', 'UBND huyện Ngọc Lặc'],
    ['Sở Y tế tổ chức', 'Sở Y tế'],
    ['Huyện ủy, UBND huyện', 'Huyện ủy'],
    ['UBND xã Minh Sơn Lê Văn Bình', 'UBND xã Minh Sơn'],
    ['UBND tỉnh Lê Đức Giang', 'UBND tỉnh'],
    ['Trường THCS Lê Lợi nằm ở trung tâm', 'Trường THCS Lê Lợi'],
    ['Đồn Biên phòng Ba Sơn tuần tra', 'Đồn Biên phòng Ba Sơn'],
    ['Ban Chỉ đạo diễn tập tỉnh chủ trì', 'Ban Chỉ đạo diễn tập tỉnh'],
    ['Thông tấn xã Việt Nam (TTXVN) phối hợp', 'Thông tấn xã Việt Nam'],
    ['Công an huyện Nông Sơn tổ chức ra quân', 'Công an huyện Nông Sơn'],
    ['Quỹ Đầu tư phát triển tỉnh cho vay', 'Quỹ Đầu tư phát triển tỉnh'],
    // a rank ends a name: the officer after a list of bodies is not one of them
    ['Phòng PC03, PA06 và Đại tá Trần Anh Sơn', 'Phòng PC03'],
    ['Viện Hàn lâm Khoa học xã hội Việt Nam tổ chức hội nghị', 'Viện Hàn lâm Khoa học xã hội Việt Nam'],
    ['Viện Nhà nước và Pháp luật tổ chức hội nghị', 'Viện Nhà nước và Pháp luật'],
    ['Khoa Chống nhiễm khuẩn, Bệnh viện Y học cổ truyền', 'Khoa Chống nhiễm khuẩn'],
  ]
  it.each(ends)('"%s" → "%s"', (example, written) => {
    const text = fold(example)
    const org = organizationAt(text, 0)
    expect(org && text.slice(org.start, org.end)).toBe(fold(written))
  })

  const notBodies = [
    'Hội nghị tổng kết',
    'Hội thi văn nghệ',
    'Bộ Luật Hình sự',
    'Sở tham mưu',
    'Phòng họp',
    'Công an', // a bare generic head is not a mention
    'Đảng bộ',
    'Ban Chỉ đạo các cấp',
    'ban ngành',
    'Đoàn công tác',
    'Trưởng thôn',
    'Báo cáo tổng kết', // to report
    'Công ty cổ phần đã phát triển', // a legal form and no name
    'Quỹ đất còn lại', // a fund is named before it is described
    'Khoa học công nghệ', // science, not a faculty
    'Viện dẫn', // to cite
  ]
  it.each(notBodies)('"%s" is not an organization mention', (example) => {
    expect(organizationAt(fold(example), 0)).toBeNull()
  })

  it('skips plurals, which name no one body', () => {
    expect(findOrganizations(fold('các Sở, ngành và UBND các huyện'))).toHaveLength(1)
  })
})

describe('placeAt', () => {
  const rows: [string, string, string | null][] = [
    ['huyện Ngọc Lặc Phạm Văn A', 'huyện Ngọc Lặc', 'district'],
    ['tỉnh Lê Văn A', 'tỉnh', 'province'],
    ['TP. Hồ Chí Minh', 'TP. Hồ Chí Minh', 'province'],
    ['thành phố Thanh Hóa', 'thành phố Thanh Hóa', 'district'],
    ['xã Hồng Thái Đông', 'xã Hồng Thái Đông', 'commune'],
    ['xã Minh Sơn Lê Văn Bình', 'xã Minh Sơn', 'commune'],
    ['Quận 1', 'Quận 1', 'district'],
    ['thị xã Bỉm Sơn', 'thị xã Bỉm Sơn', 'district'],
    ['tỉnh Bà Rịa - Vũng Tàu', 'tỉnh Bà Rịa - Vũng Tàu', 'province'],
    ['thôn Đồng Tâm', 'thôn Đồng Tâm', null],
    ['phường Bắc Gia Nghĩa', 'phường Bắc Gia Nghĩa', 'commune'],
    // a number ends many commune and village names, but not before a counted noun
    ['xã Sơn Kim 2', 'xã Sơn Kim 2', 'commune'],
    ['thôn Tả Thồ 1 có 80 hộ', 'thôn Tả Thồ 1', null],
    ['xã Kỳ Sơn 12 hộ', 'xã Kỳ Sơn', 'commune'],
    ['TP.HCM', 'TP.HCM', 'province'],
    ['TPHCM', 'TPHCM', 'province'],
    // a district dissolved before the gazetteer's data is read by grammar, as communes are
    ['huyện Nông Sơn tổ chức ra quân', 'huyện Nông Sơn', 'district'],
    ['huyện Nông Sơn Lê Văn Tâm', 'huyện Nông Sơn', 'district'],
    // a run of three or four led by a family name is the person after a bare unit
    ['huyện Nguyễn Văn Bảo', 'huyện', 'district'],
    ['huyện Nguyễn Lê Hoàng Anh', 'huyện', 'district'],
  ]
  it.each(rows)('"%s" → "%s" (%s)', (example, written, level) => {
    const text = fold(example)
    const place = placeAt(text, 0)
    expect(place && [text.slice(place.start, place.end), place.level]).toEqual([fold(written), level])
  })
  it.each(['khu vực', 'bản báo cáo', 'tphố'])('"%s" is not a place', (example) => {
    expect(placeAt(fold(example), 0)).toBeNull()
  })
})

describe('expandAbbreviations', () => {
  it.each([
    ['KT-XH', 'kinh tế - xã hội'],
    ['QP-AN', 'quốc phòng - an ninh'],
    ['NTM', 'nông thôn mới'],
    ['UBND TP.Hồ Chí Minh', 'Ủy ban nhân dân thành phố Hồ Chí Minh'],
    ['Hội ND xã', 'Hội Nông dân xã'],
    ['Ủy ban nhân dân', 'Ủy ban nhân dân'],
  ])('"%s" → "%s"', (abbreviated, expanded) => {
    expect(expandAbbreviations(abbreviated)).toBe(expanded)
  })
})

describe('extractOrganizations', () => {
  const article = [
    'Ngọc Lặc tổng kết công tác năm 2023',
    'UBND huyện Ngọc Lặc vừa tổ chức hội nghị tổng kết.',
    'Đồng chí Phạm Tiến Dũng, Bí thư Huyện uỷ phát biểu. Huyện ủy, UBND huyện Ngọc Lặc đã trao Giấy khen.',
    'Các Sở, ngành và MTTQ huyện cùng dự.',
    'Tác giả: Minh Phương',
  ].join('\n')
  const organizations = extractOrganizations(readDocument(article))

  it('gives one record per body, at its first mention, in either tone-mark style', () => {
    expect(organizations.map((o) => o.text)).toEqual(['UBND huyện Ngọc Lặc', 'Huyện uỷ', 'MTTQ huyện'])
  })
  it('lists a body a title names in lower case, but not a bare head', () => {
    const doc = readDocument(
      `${article.split('\n')[0]}\nBà Lê Thị Hương, Trưởng phòng Tài nguyên và Môi trường huyện và ông Lê Văn Nam, Phó Giám đốc Sở cùng dự.`,
    )
    expect(extractOrganizations(doc).map((o) => [o.text, o.kind, o.level])).toEqual([
      ['phòng Tài nguyên và Môi trường huyện', 'department', 'district'],
    ])
  })
  it("quotes the caller's text at each span", () => {
    for (const o of organizations) expect(article.slice(o.span.start, o.span.end)).toBe(o.text)
  })
})
