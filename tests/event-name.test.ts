import { describe, expect, it } from 'vitest'
import { recognizeEventNames } from '../src/recognizers/event-name.js'
import { recognizeVerbEvents } from '../src/recognizers/verb-event.js'
import { recognizeVisits } from '../src/recognizers/visit.js'
import { foldForMatching } from '../src/text/normalize.js'

// Recognizers read the matching view; it has the same length as the text, so offsets carry over.
const names = (text: string) => recognizeEventNames(foldForMatching(text))

/** "… [the expected name] …" → the text without brackets and the bracketed range. */
function bracketed(marked: string) {
  const start = marked.indexOf('[')
  const end = marked.indexOf(']') - 1
  return { text: marked.replace('[', '').replace(']', ''), start, end }
}

const WHOLE: [string, string][] = [
  ['Hội nghị tổng kết công tác năm 2023', 'hội nghị'],
  ['Hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024', 'hội nghị'],
  ['Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15', 'hội nghị'],
  ['hội nghị trực tuyến toàn quốc', 'hội nghị'],
  ['Hội nghị tổng kết năm 2023; tổng kết công tác Quốc phòng - An ninh năm 2023', 'hội nghị'],
  ['Lễ kỷ niệm 70 năm Ngày truyền thống lực lượng vũ trang huyện', 'lễ'],
  ['Lễ giao nhận quân năm 2024', 'lễ'],
  ['lễ khánh thành cầu Tân Hòa', 'lễ'],
  ['Lễ ra quân huấn luyện năm 2025', 'lễ'],
  ['buổi lễ trao tặng Huân chương Lao động hạng Ba', 'lễ'],
  ['Lễ hội Đền Hùng năm 2024', 'lễ hội'],
  ['Đại hội đại biểu Đảng bộ xã lần thứ XX, nhiệm kỳ 2025 - 2030', 'đại hội'],
  ['Đại hội Công đoàn huyện lần thứ VIII', 'đại hội'],
  ['Kỳ họp thứ 7, HĐND huyện khóa XX, nhiệm kỳ 2021 - 2026', 'kỳ họp'],
  ['kì họp thứ nhất HĐND xã', 'kỳ họp'],
  ['Hội thảo khoa học về phát triển du lịch cộng đồng', 'hội thảo'],
  ['Tọa đàm kỷ niệm Ngày Báo chí cách mạng Việt Nam', 'tọa đàm'],
  ['Toạ đàm chuyển đổi số trong nông nghiệp', 'tọa đàm'],
  ['Hội thi "Dân vận khéo" năm 2024', 'hội thi'],
  ['Hội diễn văn nghệ quần chúng lần thứ III', 'hội diễn'],
  ['Hội thao quốc phòng lực lượng vũ trang huyện', 'hội thao'],
  ['Diễn tập khu vực phòng thủ huyện năm 2024', 'diễn tập'],
  ['diễn tập phòng cháy, chữa cháy', 'diễn tập'],
  ['diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn', 'diễn tập'],
  ['Đoàn công tác của Tỉnh ủy', 'đoàn công tác'],
  ['Đoàn công tác của Tỉnh ủy, HĐND, UBND tỉnh Lai Châu', 'đoàn công tác'],
  ['Đoàn công tác', 'đoàn công tác'],
  ['đoàn kiểm tra của Ban Thường vụ Huyện ủy', 'đoàn công tác'],
  ['buổi làm việc với UBND huyện Đức Hòa', 'buổi làm việc'],
  ['chương trình giao lưu văn nghệ', 'chương trình'],
  ['Chương trình Xuân biên phòng ấm lòng dân', 'chương trình'],
  ['Giải bóng đá thiếu niên nhi đồng huyện', 'giải'],
  ['giải việt dã truyền thống', 'giải'],
  ['Phiên họp thường kỳ tháng 5', 'phiên họp'],
  ['cuộc họp giao ban khối nội chính', 'cuộc họp'],
  ['Ngày hội Đại đoàn kết toàn dân tộc', 'ngày hội'],
  ['Liên hoan tuyên truyền lưu động', 'liên hoan'],
  ['buổi họp giao ban khối nội chính', 'cuộc họp'],
  ['Đoàn của Bộ Y tế', 'đoàn công tác'],
  ['Lễ truy tặng danh hiệu Bà mẹ Việt Nam anh hùng', 'lễ'],
  ['Lễ khánh thành và đưa vào sử dụng cầu Tân An', 'lễ'],
  ['Hội nghị tổng kết 10 năm thực hiện Nghị quyết 26, định hướng đến năm 2030', 'hội nghị'],
  ['Hội thi tìm hiểu pháp luật có thưởng', 'hội thi'],
  ['Hội nghị tập huấn công tác bầu cử', 'hội nghị'],
  ['Hội nghị hiệp thương lần thứ nhất', 'hội nghị'],
  ['Lễ tặng Kỷ niệm chương Vì sự nghiệp Dân vận', 'lễ'],
  ['Chương trình vinh danh học sinh giỏi', 'chương trình'],
  ['Lễ trao Huy hiệu 30, 40 và 50 năm tuổi Đảng', 'lễ'],
  ['lễ trao tặng Huy hiệu 60 năm, 55 năm và 45 năm tuổi Đảng', 'lễ'],
  ['lễ ra quân tấn công, trấn áp tội phạm năm 2025', 'lễ'],
  ['Đại hội điểm Đảng bộ xã Tân Lập lần thứ XV', 'đại hội'],
  // "bị" ends no name inside "chuẩn bị", "trang bị".
  ['Hội nghị triển khai công tác chuẩn bị Đại hội Đảng bộ xã lần thứ XII', 'hội nghị'],
  ['Hội thảo trang bị kỹ năng số', 'hội thảo'],
  // A level followed by a named body names one congress.
  ['Đại hội Đảng bộ cơ sở Trường THPT Lê Lợi nhiệm kỳ 2020-2025', 'đại hội'],
]

const IN_CONTEXT: [string, string][] = [
  ['UBND huyện vừa tổ chức [Hội nghị tổng kết công tác năm 2023] tại Hội trường UBND huyện.', 'hội nghị'],
  ['Sáng 22/12, [Hội nghị tổng kết năm 2023] đã diễn ra với sự tham dự của 200 đại biểu.', 'hội nghị'],
  ['[Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV] chính thức khai mạc.', 'đại hội'],
  ['Huyện đoàn tổ chức [Hội thi tìm hiểu pháp luật] nhằm tuyên truyền cho đoàn viên.', 'hội thi'],
  ['HĐND tỉnh khai mạc [Kỳ họp thứ 17] vào sáng nay.', 'kỳ họp'],
  ['[Lễ kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2024)] diễn ra trang trọng.', 'lễ'],
  [
    '[Hội nghị biểu dương điển hình tiên tiến trong phong trào thi đua năm 2023] do UBND tỉnh tổ chức.',
    'hội nghị',
  ],
  ['[Hội thi Sáng tạo trẻ] lần thứ nhất thu hút 50 đội.'.replace(' lần thứ nhất', ''), 'hội thi'],
  ['[Lễ kỷ niệm 70 năm Ngày giải phóng] ngày 30/4 tại quảng trường.', 'lễ'],
  ['[Đoàn công tác của Bộ Quốc phòng] do Thượng tướng X làm trưởng đoàn.', 'đoàn công tác'],
  ['[Hội nghị trực tuyến] trong 2 ngày.', 'hội nghị'],
  ['Ban tổ chức trao giải Nhất cho đội xã A tại [Hội diễn văn nghệ huyện].', 'hội diễn'],
  ['UBND tỉnh tổ chức [buổi làm việc với UBND huyện Đức Hòa về tình hình kinh tế].', 'buổi làm việc'],
  ['Hai bên tổ chức [buổi làm việc với Sở Y tế] tại trụ sở.', 'buổi làm việc'],
  ['[Lễ giao nhận quân năm 2025] diễn ra trang trọng.', 'lễ'],
  ['[Hội nghị tổng kết năm 2023]. Sau đó, đoàn đi thăm.', 'hội nghị'],
  ['[Chương trình nghệ thuật "Mùa xuân quê hương"] bước sang năm thứ 5.', 'chương trình'],
  ['[Đại hội Đảng bộ xã] tới dự có đồng chí Bí thư Huyện ủy.', 'đại hội'],
  ['Trong năm, các [đoàn công tác của Tỉnh ủy] đã đến làm việc với huyện.', 'đoàn công tác'],
]

const NEGATIVES = [
  'Toàn cảnh hội nghị',
  'Phát biểu kết luận hội nghị, đồng chí Bí thư Huyện ủy nhấn mạnh',
  'Tại hội nghị, các đại biểu đã thảo luận',
  'Hội nghị đã nghe báo cáo tình hình',
  'Quang cảnh Đại hội',
  'Đại hội đã bầu Ban Chấp hành khóa mới',
  'tại Trung tâm Hội nghị tỉnh',
  'Ban Chỉ đạo diễn tập tỉnh',
  'các hội nghị, hội thảo chuyên đề',
  'đã tổ chức 25 hội nghị tuyên truyền',
  'nghỉ lễ, Tết',
  'trong dịp lễ 30/4',
  'chương trình mục tiêu quốc gia xây dựng nông thôn mới',
  'chương trình hành động của Huyện ủy',
  'giải pháp phát triển kinh tế',
  'giải quyết việc làm cho lao động',
  'đạt giải Nhất toàn đoàn',
  'lực lượng tham gia diễn tập',
  'Kỳ họp lần này xem xét 12 báo cáo',
  'Buổi lễ',
  'Hội đồng Thi đua - Khen thưởng huyện',
  'hàng trăm cuộc hội thảo',
  'hơn 30 buổi diễn tập',
  'một hội nghị',
  'mười hội nghị chuyên đề',
  'đạt thành tích cao trong các kỳ thi, cuộc thi cấp quốc gia',
  'tại các kỳ thi, hội thi cấp huyện',
  'Chi bộ thôn Đông được Đảng ủy xã chọn là đại hội điểm của huyện',
  'đơn vị được chọn làm đại hội điểm rút kinh nghiệm',
  // A head as the subject of a verb or an adverb, not a name.
  'Hội nghị lắng nghe ý kiến từ các Bí thư Chi bộ ấp',
  'Hội nghị chào đón sự có mặt của các vị khách quý',
  'thực hiện thí điểm đại hội trực tiếp bầu bí thư cấp ủy',
  'Hội thảo cần làm rõ những vướng mắc',
  // A document of the event, not the event.
  'góp phần đưa Nghị quyết Đại hội XIV của Đảng sớm đi vào cuộc sống',
  'việc chuẩn bị văn kiện Đại hội và tổ chức thảo luận',
  // A level used as a class.
  'bầu đại biểu dự Đại hội cấp trên',
  'Chỉ thị của Bộ Chính trị về đại hội đảng bộ các cấp',
  'tiến độ đại hội cấp cơ sở trên địa bàn',
  'hoàn thành Đại hội Đảng bộ cơ sở theo kế hoạch',
]

describe('recognizeEventNames: one name covering the whole example', () => {
  it.each(WHOLE)('%s', (text, type) => {
    const found = names(text)
    expect(found.map((n) => [text.slice(n.start, n.end), n.type])).toEqual([[text, type]])
  })
})

describe('recognizeEventNames: names in running text', () => {
  it.each(IN_CONTEXT)('%s', (marked, type) => {
    const { text, start, end } = bracketed(marked)
    const found = names(text)
    expect(found.map((n) => [text.slice(n.start, n.end), n.type])).toEqual([[text.slice(start, end), type]])
  })
})

describe('recognizeEventNames: two names', () => {
  it.each([
    [
      'Lễ khai mạc Giải bóng đá thanh niên huyện năm 2024',
      [
        ['Lễ khai mạc Giải bóng đá thanh niên huyện năm 2024', 'lễ'],
        ['Giải bóng đá thanh niên huyện năm 2024', 'giải'],
      ],
    ],
    [
      'Hội thảo khoa học "Di sản Hải Thượng Lãn Ông" và Hội nghị tổng kết',
      [
        ['Hội thảo khoa học "Di sản Hải Thượng Lãn Ông"', 'hội thảo'],
        ['Hội nghị tổng kết', 'hội nghị'],
      ],
    ],
    [
      'Lễ ra quân năm 2024 và Lễ khai giảng',
      [
        ['Lễ ra quân năm 2024', 'lễ'],
        ['Lễ khai giảng', 'lễ'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(names(text).map((n) => [text.slice(n.start, n.end), n.type])).toEqual(expected)
  })
})

describe('recognizeEventNames: not event names', () => {
  it.each(NEGATIVES)('%s', (text) => {
    expect(names(text).map((n) => text.slice(n.start, n.end))).toEqual([])
  })
})

const VISITS: [string, string][] = [
  ['Bí thư Tỉnh ủy [thăm, chúc Tết Ban Thường vụ Huyện ủy Bắc Trà My]', 'đoàn công tác'],
  ['Lãnh đạo tỉnh [thăm, tặng quà Tết] tại xã Trà Sơn', 'đoàn công tác'],
  ['Chủ tịch UBND tỉnh [thăm và làm việc] tại huyện Mường Lát', 'đoàn công tác'],
  ['Phó Chủ tịch UBND tỉnh [thăm các gia đình chính sách] tại xã', 'đoàn công tác'],
  ['Đoàn đã [đến thăm, động viên cán bộ, chiến sĩ Đồn Biên phòng] dịp Tết', 'đoàn công tác'],
  ['Chủ tịch UBND tỉnh [làm việc với huyện Đức Hòa]', 'buổi làm việc'],
  ['Đồng chí Bí thư [tới thăm gia đình chính sách]', 'đoàn công tác'],
  ['Lãnh đạo huyện [đến chúc mừng Tết Chôl Chnăm Thmây]', 'đoàn công tác'],
  ['Chủ tịch UBND huyện [thăm và chúc thọ cụ bà 100 tuổi]', 'đoàn công tác'],
  ['[Thăm, chúc Tết các đơn vị lực lượng vũ trang]', 'đoàn công tác'],
]
const NOT_VISITS = [
  'Trạm Y tế xã thăm khám miễn phí cho 300 người',
  'Thăm dò ý kiến',
  'đưa 120 lao động đi làm việc tại nước ngoài',
  'cải thiện môi trường làm việc với nhiều giải pháp',
  'thời gian làm việc tại cơ quan',
]

describe('recognizeVisits', () => {
  it.each(VISITS)('%s', (marked, type) => {
    const { text, start, end } = bracketed(marked)
    const found = recognizeVisits(foldForMatching(text))
    expect(found.map((v) => [text.slice(v.start, v.end), v.type])).toEqual([[text.slice(start, end), type]])
  })
  it.each(NOT_VISITS)('not a visit: %s', (text) => {
    expect(recognizeVisits(foldForMatching(text))).toEqual([])
  })
})

const VERB_EVENTS: [string, string][] = [
  ['UBND tỉnh [họp phiên thường kỳ tháng 5]', 'phiên họp'],
  ['Hội đồng Thi đua huyện [họp xét khen thưởng]', 'cuộc họp'],
  ['Ban Chỉ đạo tổ chức [họp] với các thành viên', 'cuộc họp'],
  ['UBND huyện tổ chức long trọng [khánh thành cầu Út Dài]', 'lễ'],
  ['Huyện ủy tổ chức [kỷ niệm 45 năm Ngày giải phóng]', 'lễ'],
  ['Đảng ủy xã tổ chức [kỷ niệm ba mươi năm thành lập]', 'lễ'],
  ['HĐND huyện [bầu bổ sung ông X giữ chức Chủ tịch UBND huyện]', 'bầu'],
  ['Công an huyện Lạc Sơn tổ chức [đợt ra quân cao điểm bảo đảm trật tự giao thông]', 'lễ'],
  ['Công an các xã trong huyện đồng loạt [ra quân trấn áp tội phạm ma túy]', 'lễ'],
  [
    'Tổ đại biểu HĐND huyện tổ chức [tiếp xúc với cử tri xã Phú Lương trước kỳ họp cuối năm]',
    'tiếp xúc cử tri',
  ],
  ['Đoàn ĐBQH tỉnh [tiếp xúc cử tri thị trấn Mỹ Sơn]', 'tiếp xúc cử tri'],
  ['lãnh đạo huyện đã đến [trao tặng Huy hiệu 55 năm tuổi Đảng]', 'trao'],
  ['Ủy ban MTTQ xã tổ chức [sơ kết công tác 6 tháng đầu năm]', 'hội nghị'],
  ['Sở Nội vụ tổ chức [công bố kết quả xếp hạng Chỉ số cải cách hành chính]', 'hội nghị'],
  ['UBND tỉnh đã [khánh thành và đưa vào sử dụng cầu Giao Thủy]', 'lễ'],
  ['Hội LHTN huyện tổ chức [kỷ niệm chào mừng 60 năm ngày truyền thống]', 'lễ'],
  ['Hội LHPN huyện đã tổ chức [họp mặt kỷ niệm 94 năm Ngày thành lập Hội]', 'họp mặt'],
  ['Hội Cựu chiến binh xã [họp mặt kỷ niệm 35 năm Ngày thành lập Hội]', 'họp mặt'],
  ['Công an xã tổ chức [ra mắt mô hình "Camera an ninh"]', 'lễ'],
  ['Hội Nông dân xã [ra mắt Câu lạc bộ nông dân sản xuất giỏi]', 'lễ'],
]
const NOT_VERB_EVENTS = [
  'Sở Y tế tổ chức họp báo',
  'các đại biểu dự họp',
  'cử tri đi bầu cử',
  'Kỳ họp thứ 7 HĐND tỉnh',
  'họp mặt truyền thống',
  'phiên họp định kỳ',
  'hơn 200 cán bộ, chiến sĩ tham gia lễ ra quân',
  'Trưởng Công an huyện phát lệnh ra quân',
  'tại buổi tiếp xúc cử tri, các đại biểu đã trả lời',
  'lãnh đạo huyện đã trao Huy hiệu 55 năm tuổi Đảng',
  'Khánh thành cầu Giao Thủy',
  'Cầu Giao Thủy được khánh thành năm 2017',
  'UBND huyện dự kiến khánh thành cầu vào tháng 9',
  'sau khi khánh thành, cầu đã giúp người dân',
  'tham dự lễ khánh thành cầu',
  'công trình đã tổ chức thi công',
]

describe('recognizeVerbEvents', () => {
  it.each(VERB_EVENTS)('%s', (marked, type) => {
    const { text, start, end } = bracketed(marked)
    const found = recognizeVerbEvents(foldForMatching(text))
    expect(found.map((v) => [text.slice(v.start, v.end), v.type])).toEqual([[text.slice(start, end), type]])
  })
  it.each(NOT_VERB_EVENTS)('not a gathering told by a verb: %s', (text) => {
    expect(recognizeVerbEvents(foldForMatching(text))).toEqual([])
  })
})
