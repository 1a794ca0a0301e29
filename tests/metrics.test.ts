import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../src/extractors/metrics.js'
import { readDocument } from '../src/parse.js'
import type { Metric, Period } from '../src/schema/records.js'

/** The metrics of one sentence, read as an article body (no claimed spans, no periods). */
const metricsOf = (sentence: string, periods: Period[] = []) =>
  extractMetrics(readDocument(`Tin tổng hợp\n\n${sentence}`), { claimed: [], periods })

type Fields = Partial<
  Pick<Metric, 'text' | 'value' | 'unit' | 'direction' | 'approx' | 'subject' | 'comparedTo'>
> &
  Partial<Pick<Metric, 'upper' | 'of'>>

/** Sentences and every metric they hold, in order; fields not listed are not checked. */
const CASES: [string, Fields[]][] = [
  [
    'Tình hình kinh tế của huyện tiếp tục duy trì đà tăng trưởng, tốc độ giá trị sản xuất tăng hơn 5% so với cùng kỳ năm 2022.',
    [
      {
        text: 'tăng hơn 5%',
        value: 5,
        unit: '%',
        direction: 'increase',
        approx: 'more_than',
        subject: 'tốc độ giá trị sản xuất',
        comparedTo: 'cùng kỳ năm 2022',
      },
    ],
  ],
  [
    'Thu ngân sách nhà nước đạt 105% kế hoạch, tăng 12% so với cùng kỳ.',
    [
      { value: 105, direction: 'reach', subject: 'Thu ngân sách nhà nước', comparedTo: 'kế hoạch' },
      { value: 12, direction: 'increase', subject: 'Thu ngân sách nhà nước', comparedTo: 'cùng kỳ' },
    ],
  ],
  [
    'Thu ngân sách trên địa bàn đạt 412,6 tỷ đồng, vượt 8% dự toán.',
    [
      {
        value: 412.6,
        unit: 'tỷ đồng',
        direction: 'reach',
        approx: null,
        subject: 'Thu ngân sách trên địa bàn',
      },
      { value: 8, unit: '%', direction: null, approx: 'more_than', comparedTo: 'dự toán' },
    ],
  ],
  [
    'Kim ngạch xuất khẩu đạt 80,3 triệu USD.',
    [{ value: 80.3, unit: 'triệu USD', direction: 'reach', subject: 'Kim ngạch xuất khẩu' }],
  ],
  ['Tỷ lệ hộ nghèo giảm còn 3,5%.', [{ value: 3.5, direction: 'decrease', subject: 'Tỷ lệ hộ nghèo' }]],
  [
    'Tỷ lệ hộ nghèo giảm xuống còn 2,15%.',
    [{ value: 2.15, direction: 'decrease', subject: 'Tỷ lệ hộ nghèo' }],
  ],
  ['Tỷ lệ thất nghiệp xuống 3,5%.', [{ value: 3.5, direction: 'decrease', subject: 'Tỷ lệ thất nghiệp' }]],
  ['Số hộ nghèo chỉ còn 3,5%.', [{ value: 3.5, direction: null, subject: 'Số hộ nghèo' }]],
  ['Khu vực dịch vụ chiếm 42,6%.', [{ value: 42.6, direction: null, subject: 'Khu vực dịch vụ' }]],
  [
    'Thu nhập bình quân gấp 1,6 lần.',
    [{ value: 1.6, unit: 'lần', direction: null, subject: 'Thu nhập bình quân' }],
  ],
  ['Thu ngân sách bằng 96% so với cùng kỳ.', [{ value: 96, direction: null, comparedTo: 'cùng kỳ' }]],
  [
    'Giá trị sản xuất ước đạt 2.715,4 tỷ đồng.',
    [{ value: 2715.4, direction: 'reach', approx: 'about', subject: 'Giá trị sản xuất' }],
  ],
  ['Doanh thu du lịch ước 120 tỷ đồng.', [{ value: 120, direction: null, approx: 'about' }]],
  ['Sản lượng lương thực đạt xấp xỉ 451 nghìn tấn.', [{ value: 451, unit: 'nghìn tấn', approx: 'about' }]],
  ['Dân số khoảng 39 nghìn người.', [{ value: 39, approx: 'about', subject: 'Dân số' }]],
  ['Giá trị công nghiệp đạt gần 140 tỷ đồng.', [{ value: 140, direction: 'reach', approx: 'nearly' }]],
  ['Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95%.', [{ value: 95, direction: 'reach', approx: 'more_than' }]],
  ['Tỷ lệ thất nghiệp ở mức dưới 2,5%.', [{ value: 2.5, approx: 'less_than', subject: 'Tỷ lệ thất nghiệp' }]],
  [
    'Huyện phấn đấu giảm tỷ lệ hộ nghèo từ 5 đến 6%.',
    [{ value: 5, upper: 6, direction: 'decrease', subject: 'tỷ lệ hộ nghèo' }],
  ],
  [
    'Năm nay phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 2,5%.',
    [{ value: 2.5, direction: 'decrease', approx: 'less_than', subject: 'tỷ lệ hộ nghèo' }],
  ],
  [
    'Tỷ lệ hộ nghèo giảm 1,2 điểm % so với đầu năm.',
    [{ value: 1.2, unit: 'điểm %', direction: 'decrease', comparedTo: 'đầu năm' }],
  ],
  [
    'Chỉ số PCI tăng 5 bậc so với năm trước.',
    [{ value: 5, unit: 'bậc', direction: 'increase', comparedTo: 'năm trước' }],
  ],
  [
    'Tốc độ tăng trưởng kinh tế đạt 7,5%.',
    [{ value: 7.5, direction: 'reach', subject: 'Tốc độ tăng trưởng kinh tế' }],
  ],
  [
    'Giá trị sản xuất nông, lâm, thủy sản đạt 1.250 tỷ đồng, tăng 3,1% so cùng kỳ và đạt 98% kế hoạch.',
    [
      { value: 1250, subject: 'Giá trị sản xuất nông, lâm, thủy sản' },
      {
        value: 3.1,
        direction: 'increase',
        subject: 'Giá trị sản xuất nông, lâm, thủy sản',
        comparedTo: 'cùng kỳ',
      },
      {
        value: 98,
        direction: 'reach',
        subject: 'Giá trị sản xuất nông, lâm, thủy sản',
        comparedTo: 'kế hoạch',
      },
    ],
  ],
  [
    'Tổng thu ngân sách là 404 tỷ đồng, so dự toán giao đạt 42%.',
    [
      { value: 404, direction: null, subject: 'Tổng thu ngân sách' },
      { value: 42, direction: 'reach', subject: 'Tổng thu ngân sách', comparedTo: 'dự toán giao' },
    ],
  ],
  [
    'Giá trị sản xuất tăng 4% so với chỉ tiêu Nghị quyết đề ra.',
    [{ value: 4, comparedTo: 'chỉ tiêu Nghị quyết đề ra' }],
  ],
  ['Thu nhập bình quân đạt 58 triệu đồng/người/năm.', [{ value: 58, unit: 'triệu đồng/người/năm' }]],
  [
    'Hội nghị có hơn 200 đại biểu dự.',
    [{ value: 200, unit: 'đại biểu', approx: 'more_than', subject: null }],
  ],
  [
    'Toàn huyện có 31 xã đạt chuẩn nông thôn mới.',
    [{ value: 31, unit: 'xã', direction: null, subject: null }],
  ],
  ['Ban tổ chức trao 65 suất quà cho hộ nghèo.', [{ value: 65, unit: 'suất quà', subject: null }]],
  ['Mỗi suất quà trị giá 500.000 đồng.', [{ value: 500000, unit: 'đồng', subject: 'Mỗi suất quà' }]],
  [
    'Cầu có chiều dài 48 m, mặt cầu rộng 4 m.',
    [
      { value: 48, subject: 'chiều dài' },
      { value: 4, subject: 'mặt cầu' },
    ],
  ],
  [
    'Trong đó có 325 dự án FDI với tổng vốn đăng ký 4,12 tỷ USD.',
    [
      { value: 325, unit: 'dự án', subject: null },
      { value: 4.12, unit: 'tỷ USD', subject: 'tổng vốn đăng ký' },
    ],
  ],
  ['Về thu ngân sách, ước đạt 500 tỷ đồng.', [{ value: 500, subject: 'thu ngân sách' }]],
  ['Trong đó, thu nội địa đạt 300 tỷ đồng.', [{ value: 300, subject: 'thu nội địa' }]],
  [
    'Tổng diện tích gieo trồng được 25.271,9 ha.',
    [{ value: 25271.9, unit: 'ha', subject: 'Tổng diện tích gieo trồng' }],
  ],
  [
    'Tổng thu ngân sách nhà nước ước thực hiện được 285,3 tỷ đồng.',
    [{ value: 285.3, approx: 'about', subject: 'Tổng thu ngân sách nhà nước' }],
  ],
  [
    'Doanh thu tăng từ 80% lên 85%.',
    [
      { text: '80%', value: 80, direction: null, subject: 'Doanh thu' },
      { text: 'lên 85%', value: 85, direction: 'increase', subject: 'Doanh thu' },
    ],
  ],
  [
    'Tỷ lệ hộ nghèo giảm từ 18,5% xuống còn 6,2%.',
    [
      { value: 18.5, direction: null, subject: 'Tỷ lệ hộ nghèo' },
      { value: 6.2, direction: 'decrease', subject: 'Tỷ lệ hộ nghèo' },
    ],
  ],
  [
    'Huyện đã giải ngân được 320 tỷ đồng vốn đầu tư công, đạt 78% kế hoạch.',
    [
      { value: 320, subject: null },
      { value: 78, direction: 'reach', subject: null, comparedTo: 'kế hoạch' },
    ],
  ],
  [
    'Trong đó khu vực nông, lâm nghiệp và thủy sản tăng 3,1%.',
    [{ value: 3.1, subject: 'khu vực nông, lâm nghiệp và thủy sản' }],
  ],
  [
    'Công an huyện phấn đấu tỷ lệ điều tra, khám phá án đạt trên 80%.',
    [{ value: 80, approx: 'more_than', subject: 'tỷ lệ điều tra, khám phá án' }],
  ],
  [
    'Sở Kế hoạch trình bày, tốc độ tăng trưởng kinh tế (GRDP) ước đạt 6,12%.',
    [{ value: 6.12, subject: 'tốc độ tăng trưởng kinh tế (GRDP)' }],
  ],
  [
    'Khu vực công nghiệp tăng trưởng mạnh khi giá trị sản xuất công nghiệp tăng 9,45%.',
    [{ value: 9.45, subject: 'giá trị sản xuất công nghiệp' }],
  ],
  [
    'Diện tích cà phê toàn huyện duy trì khoảng 5.200 ha.',
    [{ value: 5200, approx: 'about', subject: 'Diện tích cà phê toàn huyện' }],
  ],
  ['Hằng năm có 1.248 hộ đạt danh hiệu sản xuất kinh doanh giỏi.', [{ value: 1248, unit: 'hộ' }]],
  [
    'Dân số hơn 120.000 người, gồm 18 xã và 1 thị trấn.',
    [{ subject: 'Dân số' }, { value: 18, subject: null }, { value: 1 }],
  ],
  ['Giá trị sản xuất đạt 119 tỷ 214 triệu đồng.', [{ value: 119.214, unit: 'tỷ đồng' }]],
  ['Huyện có hai mươi sáu hộ thoát nghèo.', [{ value: 26, unit: 'hộ' }]],
  [
    'Tổng đàn gia súc 38.460 con, tăng 2,1% so với cùng kỳ.',
    [
      { value: 38460, subject: 'Tổng đàn gia súc' },
      { value: 2.1, subject: 'Tổng đàn gia súc' },
    ],
  ],
  [
    'Đã có 5.775/8.227 xã đạt chuẩn (chiếm 70,2%).',
    [
      { value: 5775, of: 8227 },
      { value: 70.2, direction: null },
    ],
  ],
  ['Kinh phí hỗ trợ hơn 2 tỷ.', [{ value: 2, unit: 'tỷ', approx: 'more_than' }]],
  ['Đơn vị đã nhân rộng hơn 2.100 mô hình.', [{ value: 2100, unit: 'mô hình', subject: null }]],
  ['Đại hội bầu Ban Chấp hành khóa VIII gồm 15 đồng chí.', [{ value: 15, unit: 'đồng chí' }]],
  // "trên" as the preposition "across" before a spread noun; a hedge after "có" or at a clause head.
  [
    'Bộ chỉ số đánh giá năng lực của chính quyền cấp huyện trên 8 lĩnh vực then chốt.',
    [{ text: '8 lĩnh vực', approx: null }],
  ],
  ['Nông sản của hợp tác xã đã có mặt trên 20 tỉnh, thành phố.', [{ text: '20 tỉnh', approx: null }]],
  ['Huyện có trên 12 lĩnh vực được cải thiện rõ rệt.', [{ text: 'trên 12 lĩnh vực', approx: 'more_than' }]],
  ['Trên 40 xã đã hoàn thành tiêu chí về giao thông.', [{ text: 'Trên 40 xã', approx: 'more_than' }]],
  ['Kỳ thi có trên 300 thí sinh dự thi.', [{ approx: 'more_than' }]],
  // Leaps in a rank or a score.
  [
    'Năm nay chỉ số của tỉnh nhảy vọt 6 bậc so với năm trước.',
    [{ text: 'nhảy vọt 6 bậc', direction: 'increase' }],
  ],
  [
    'Kim ngạch xuất khẩu tăng vọt 35% so với cùng kỳ.',
    [{ direction: 'increase', subject: 'Kim ngạch xuất khẩu' }],
  ],
  ['Chỉ số hài lòng vươn lên 4 bậc.', [{ direction: 'increase' }]],
  // "thực hiện" measures for a measure noun, and the figures after share that subject.
  [
    'Thu ngân sách trên địa bàn thực hiện 2.350 tỷ đồng, đạt 104% dự toán và tăng 6,2% so với cùng kỳ.',
    [
      { text: 'thực hiện 2.350 tỷ đồng', subject: 'Thu ngân sách trên địa bàn', direction: null },
      { text: 'đạt 104%', subject: 'Thu ngân sách trên địa bàn', comparedTo: 'dự toán' },
      { text: 'tăng 6,2%', subject: 'Thu ngân sách trên địa bàn', comparedTo: 'cùng kỳ' },
    ],
  ],
  [
    'Nếu không kể tiền thuê đất (820 tỷ đồng) thì thu nội địa thực hiện 3.100 tỷ đồng.',
    [{ value: 820 }, { value: 3100, subject: 'thu nội địa' }],
  ],
  ['Xã đã thực hiện 14 công trình dân sinh.', [{ value: 14, subject: null }]],
  // The basis after the noun a percentage is of.
  [
    'Công an huyện phấn đấu giảm 30% số vụ phạm pháp hình sự so với đầu năm.',
    [{ text: 'giảm 30%', direction: 'decrease', comparedTo: 'đầu năm' }],
  ],
  // A capitalised counted noun.
  ['Kỳ họp thông qua 6 Dự thảo nghị quyết quan trọng.', [{ value: 6, unit: 'Dự thảo nghị quyết' }]],
  ['Có 8 Dự thảo nghị quyết được trình kỳ họp.', [{ value: 8, unit: 'Dự thảo nghị quyết' }]],
  ['Hội nghị có 120 đại biểu của 15 quốc gia tham dự.', [{ value: 120 }, { value: 15, unit: 'quốc gia' }]],
  // Counts after no commending verb stay metrics.
  ['Hội nghị có 165 đại biểu dự.', [{ value: 165, unit: 'đại biểu' }]],
  ['Hơn 200 đoàn viên tham gia lễ ra quân.', [{ value: 200, unit: 'đoàn viên', approx: 'more_than' }]],
  ['Toàn huyện có 12 tấm gương người tốt việc tốt.', [{ value: 12, unit: 'tấm gương' }]],
  ['Nào ngờ 3 xã vùng cao về đích sớm.', [{ value: 3, unit: 'xã' }]],
]

/** Sentences with figures that are not metrics. */
const NEGATIVES = [
  'Hội nghị tổng kết công tác năm 2020 của Ban Chỉ đạo 138 Chính phủ và Ban chỉ đạo 389 Quốc gia.',
  'Trưởng Ban Chỉ đạo 389 Quốc gia chủ trì hội nghị.',
  'Đại diện Sư đoàn 324 Quân khu 4 và Đoàn 32 Bộ Quốc phòng dự hội nghị.',
  'Huyện ủy trao Huy hiệu Đảng cho 5 đ/c đảng viên lão thành.',
  'Đảng bộ xã có 3 đ/ c được nhận Huy hiệu 40 năm tuổi Đảng.',
  'Ba vị trí kế tiếp trong bảng xếp hạng PAPI 2022 lần lượt là Bình Định, Quảng Trị và Trà Vinh.',
  'Nhân dịp này, Huyện ủy, UBND huyện đã trao Giấy khen cho 14 tập thể và 26 cá nhân có thành tích xuất sắc.',
  'UBND tỉnh tặng Bằng khen cho 12 hội viên.',
  '07 xã, thị trấn đạt danh hiệu Tập thể Lao động xuất sắc.',
  'Khen thưởng 3 tập thể và 5 cá nhân.',
  'Hội nghị diễn ra trong 05 ngày.',
  'Sau 5 năm qua, huyện đã có nhiều đổi mới.',
  'Kết quả 6 tháng đầu năm rất khả quan.',
  'Ông sinh năm 1975, năm nay 48 tuổi.',
  'Thực hiện Quyết định số 163/QĐ-UBND ngày 22/5/2020.',
  'Thực hiện Chỉ thị 03-CT/TW và Nghị quyết 15-NQ/TU.',
  'Cụm thi đua số 6 gồm các huyện miền núi.',
  'Sư đoàn 324 đóng quân trên địa bàn.',
  'Kỳ họp thứ 7 HĐND huyện khóa XX.',
  'Đại hội lần thứ VIII, nhiệm kỳ 2020 – 2025.',
  'Mọi thông tin xin liên hệ số điện thoại 0912.345.678.',
  'Trụ sở tại số 12 đường Lê Lợi, thôn 5 xã Minh Sơn.',
  'Hôm qua 12.5, xã tổ chức ra quân.',
  'Hàng trăm hộ dân đã tham gia.',
  'Năm 2023 huyện tiếp tục phát triển.',
  // Commendation counts: a count right after a commending verb is the commendation's.
  'Khen thưởng 13 thanh niên tiêu biểu',
  'Hội LHTN huyện đã khen thưởng 13 tấm gương thanh niên có thành tích xuất sắc.',
  'Tuyên dương 19 thanh niên tiêu biểu của huyện.',
  'Huyện đoàn tuyên dương 21 gương thanh niên tiêu biểu trên các lĩnh vực.',
  'Liên hoan năm nay tuyên dương 165 đại biểu thanh niên tiên tiến.',
  'Hội Phụ nữ xã biểu dương 15 tập thể, cá nhân.',
  'Chương trình vinh danh 10 gương mặt trẻ tiêu biểu.',
  'Lễ tôn vinh 50 doanh nhân xuất sắc được tổ chức tại thành phố.',
  'Hội tuyên dương, khen thưởng cho 30 hội viên.',
  'Huyện biểu dương hơn 200 đoàn viên.',
  // A count asked about is no figure.
  'Vậy 2 tỉnh nào có chỉ số cải cách hành chính cao nhất năm 2024?',
  'Năm nay 3 huyện nào dẫn đầu?',
]

describe('extractMetrics on sentences', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    const metrics = metricsOf(sentence)
    expect(metrics).toHaveLength(expected.length)
    for (const [i, fields] of expected.entries()) expect(metrics[i]).toMatchObject(fields)
  })
  it.each(NEGATIVES)('no metric: %s', (sentence) => {
    expect(metricsOf(sentence)).toEqual([])
  })
})

describe('metric records', () => {
  it('normalizes scale and unit, keeps the written value', () => {
    const [m] = metricsOf('Kim ngạch xuất khẩu đạt 80,3 triệu USD.')
    expect(m).toMatchObject({
      value: 80.3,
      unit: 'triệu USD',
      normalized: { value: 80_300_000, unit: 'USD' },
    })
  })
  it('takes the period stated in the clause, not the comparison basis', () => {
    const text = 'Năm 2023, thu ngân sách đạt 500 tỷ đồng, tăng 10% so với năm 2022.'
    const input = `Tin tổng hợp\n\n${text}`
    const period = (p: string): Period => {
      const start = input.indexOf(p)
      return {
        text: p,
        kind: 'year',
        fromYear: Number(p.slice(-4)),
        fromMonth: null,
        toYear: Number(p.slice(-4)),
        toMonth: null,
        span: { start, end: start + p.length },
      }
    }
    const metrics = extractMetrics(readDocument(input), {
      claimed: [],
      periods: [period('Năm 2023'), period('năm 2022')],
    })
    expect(metrics.map((m) => [m.value, m.period, m.comparedTo])).toEqual([
      [500, 'Năm 2023', null],
      [10, 'Năm 2023', 'năm 2022'],
    ])
  })
  it('skips quantities inside claimed spans', () => {
    const input = 'Tin\n\nToàn huyện có 31 xã đạt chuẩn.'
    const start = input.indexOf('31 xã')
    const doc = readDocument(input)
    expect(extractMetrics(doc, { claimed: [{ start, end: start + 5 }], periods: [] })).toEqual([])
  })
  it('keeps offsets into the caller string (NFD input, CRLF)', () => {
    const input = 'Tin\r\n\r\nThu ngân sách đạt 500 tỷ đồng.'.normalize('NFD')
    const [m] = extractMetrics(readDocument(input), { claimed: [], periods: [] })
    expect(input.slice(m?.span.start, m?.span.end).normalize('NFC')).toBe('đạt 500 tỷ đồng')
  })
})
