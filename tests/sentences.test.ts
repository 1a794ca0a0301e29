import { describe, expect, it } from 'vitest'
import { readDocument } from '../src/parse.js'
import { foldForMatching } from '../src/text/normalize.js'
import { sentenceRanges } from '../src/text/sentences.js'

/** The sentences of one block, as the pipeline splits it (on the matching view). */
function split(text: string): string[] {
  return sentenceRanges(foldForMatching(text)).map((r) => text.slice(r.start, r.end))
}

// [why, text, its sentences]
const cases: [string, string, string[]][] = [
  // plain ends
  ['one sentence', 'Hội nghị diễn ra thành công.', ['Hội nghị diễn ra thành công.']],
  ['two sentences', 'Hội nghị diễn ra. Đại biểu dự đông đủ.', ['Hội nghị diễn ra.', 'Đại biểu dự đông đủ.']],
  [
    'three sentences',
    'A được khen. B được thưởng. C được biểu dương.',
    ['A được khen.', 'B được thưởng.', 'C được biểu dương.'],
  ],
  [
    'question',
    'Vì sao chưa đạt? Nguyên nhân là thiếu vốn.',
    ['Vì sao chưa đạt?', 'Nguyên nhân là thiếu vốn.'],
  ],
  ['exclamation', 'Thật đáng tự hào! Huyện đã về đích.', ['Thật đáng tự hào!', 'Huyện đã về đích.']],
  ['no final stop', 'Hội nghị diễn ra. Đại biểu dự đông đủ', ['Hội nghị diễn ra.', 'Đại biểu dự đông đủ']],
  ['trailing spaces', '  Hội nghị diễn ra.   ', ['Hội nghị diễn ra.']],
  ['empty', '', []],
  ['spaces only', '   ', []],
  ['article end mark', 'Trao 14 Giấy khen./.', ['Trao 14 Giấy khen./.']],
  ['end mark then more', 'Trao 14 Giấy khen./. Tin liên quan', ['Trao 14 Giấy khen./.', 'Tin liên quan']],
  ['several spaces', 'Hội nghị diễn ra.    Đại biểu dự.', ['Hội nghị diễn ra.', 'Đại biểu dự.']],
  [
    'stop before a capital with a mark',
    'Năm nay đạt. Ủy ban ghi nhận.',
    ['Năm nay đạt.', 'Ủy ban ghi nhận.'],
  ],
  ['stop before Đ', 'Năm nay đạt. Đồng chí ghi nhận.', ['Năm nay đạt.', 'Đồng chí ghi nhận.']],
  ['question then lower case', 'Ai làm? ai chịu trách nhiệm', ['Ai làm? ai chịu trách nhiệm']],
  // abbreviations
  [
    'TP.',
    'Hội nghị tại TP. Hồ Chí Minh. Đại biểu dự đông đủ.',
    ['Hội nghị tại TP. Hồ Chí Minh.', 'Đại biểu dự đông đủ.'],
  ],
  [
    'Tp.',
    'Đoàn đến Tp. Thanh Hóa. Chiều cùng ngày làm việc.',
    ['Đoàn đến Tp. Thanh Hóa.', 'Chiều cùng ngày làm việc.'],
  ],
  ['TX.', 'Hội nghị tại TX. Nghi Sơn.', ['Hội nghị tại TX. Nghi Sơn.']],
  ['ThS.', 'ThS. Lê Văn B trình bày tham luận.', ['ThS. Lê Văn B trình bày tham luận.']],
  [
    'TS.',
    'TS. Nguyễn Văn A phát biểu. Hội thảo kết thúc.',
    ['TS. Nguyễn Văn A phát biểu.', 'Hội thảo kết thúc.'],
  ],
  ['PGS.TS.', 'PGS.TS. Nguyễn Văn A phát biểu.', ['PGS.TS. Nguyễn Văn A phát biểu.']],
  [
    'GS.TS.',
    'Ý kiến của GS.TS. Trần Văn C được đánh giá cao.',
    ['Ý kiến của GS.TS. Trần Văn C được đánh giá cao.'],
  ],
  ['ThS.BS.', 'ThS.BS. Lê Thị D khám cho người dân.', ['ThS.BS. Lê Thị D khám cho người dân.']],
  ['BS.', 'BS. Hoàng Văn E tư vấn sức khỏe.', ['BS. Hoàng Văn E tư vấn sức khỏe.']],
  [
    'Th.S',
    'Th.S Nguyễn Văn F báo cáo. Hội nghị thảo luận.',
    ['Th.S Nguyễn Văn F báo cáo.', 'Hội nghị thảo luận.'],
  ],
  ['Th.S.', 'Th.S. Nguyễn Văn F báo cáo.', ['Th.S. Nguyễn Văn F báo cáo.']],
  ['Q.', 'Trụ sở tại Q. Ba Đình, Hà Nội.', ['Trụ sở tại Q. Ba Đình, Hà Nội.']],
  ['P.', 'Gia đình ở P. Đông Vệ được hỗ trợ.', ['Gia đình ở P. Đông Vệ được hỗ trợ.']],
  ['X.', 'Mô hình ở X. Minh Sơn cho hiệu quả.', ['Mô hình ở X. Minh Sơn cho hiệu quả.']],
  ['H.', 'Đoàn thăm H. Ngọc Lặc.', ['Đoàn thăm H. Ngọc Lặc.']],
  ['TT.', 'Trường ở TT. Ngọc Lặc.', ['Trường ở TT. Ngọc Lặc.']],
  [
    'Đ/c',
    'Đ/c Phạm Tiến Dũng phát biểu. Đ/c Lê Văn A tiếp thu.',
    ['Đ/c Phạm Tiến Dũng phát biểu.', 'Đ/c Lê Văn A tiếp thu.'],
  ],
  ['đ/c lower case', 'Thay mặt lãnh đạo, đ/c Hòa phát biểu.', ['Thay mặt lãnh đạo, đ/c Hòa phát biểu.']],
  [
    'v.v. mid-sentence',
    'Trồng lúa, ngô, khoai v.v. trên diện tích lớn.',
    ['Trồng lúa, ngô, khoai v.v. trên diện tích lớn.'],
  ],
  [
    'v.v. at the end',
    'Trồng lúa, ngô, khoai v.v. Năm nay được mùa.',
    ['Trồng lúa, ngô, khoai v.v.', 'Năm nay được mùa.'],
  ],
  ['initial in a name', 'Ông Nguyễn V. An dự buổi lễ.', ['Ông Nguyễn V. An dự buổi lễ.']],
  ['initials', 'Ông N. V. An dự buổi lễ.', ['Ông N. V. An dự buổi lễ.']],
  [
    'initial glued',
    'Bài của X.Trinh đăng hôm qua. Bạn đọc hoan nghênh.',
    ['Bài của X.Trinh đăng hôm qua.', 'Bạn đọc hoan nghênh.'],
  ],
  [
    'roman numeral after khóa',
    'Bế mạc kỳ họp HĐND khóa X. Hội nghị kết thúc.',
    ['Bế mạc kỳ họp HĐND khóa X.', 'Hội nghị kết thúc.'],
  ],
  [
    'roman numeral after lần thứ',
    'Đại hội lần thứ V. Sau đó bầu Ban Chấp hành.',
    ['Đại hội lần thứ V.', 'Sau đó bầu Ban Chấp hành.'],
  ],
  [
    'roman numeral word',
    'Đại hội khóa XIX. Đại biểu biểu quyết.',
    ['Đại hội khóa XIX.', 'Đại biểu biểu quyết.'],
  ],
  ['abbreviation UBND ends', 'Văn bản gửi UBND. Sở tiếp nhận.', ['Văn bản gửi UBND.', 'Sở tiếp nhận.']],
  ['Mr.', 'Mr. John Smith thăm huyện.', ['Mr. John Smith thăm huyện.']],
  ['NSND.', 'NSND. Thu Hiền biểu diễn.', ['NSND. Thu Hiền biểu diễn.']],
  // numbers
  [
    'decimal comma',
    'Tăng 5,2% so với cùng kỳ. Thu ngân sách vượt kế hoạch.',
    ['Tăng 5,2% so với cùng kỳ.', 'Thu ngân sách vượt kế hoạch.'],
  ],
  [
    'thousands and decimal',
    'Tổng thu đạt 1.234,5 tỷ đồng. Chi đạt 900 tỷ đồng.',
    ['Tổng thu đạt 1.234,5 tỷ đồng.', 'Chi đạt 900 tỷ đồng.'],
  ],
  ['dotted date', 'Ngày 14.5.2011, huyện được thành lập.', ['Ngày 14.5.2011, huyện được thành lập.']],
  [
    'dotted day and month',
    'Sáng 7.3, hội tổ chức họp mặt. Đại biểu dự đông.',
    ['Sáng 7.3, hội tổ chức họp mặt.', 'Đại biểu dự đông.'],
  ],
  [
    'date range with en dash',
    'Kỷ niệm 79 năm (22/12/1944 – 22/12/2023). Lễ diễn ra trang trọng.',
    ['Kỷ niệm 79 năm (22/12/1944 – 22/12/2023).', 'Lễ diễn ra trang trọng.'],
  ],
  [
    'date range bare',
    'Kỷ niệm 79 năm ngày thành lập 22/12/1944 – 22/12/2023.',
    ['Kỷ niệm 79 năm ngày thành lập 22/12/1944 – 22/12/2023.'],
  ],
  [
    'date range in brackets',
    'Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2023). Hội nghị biểu dương.',
    ['Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2023).', 'Hội nghị biểu dương.'],
  ],
  ['version number', 'Áp dụng phiên bản 2.0.1 cho hệ thống.', ['Áp dụng phiên bản 2.0.1 cho hệ thống.']],
  [
    'time',
    'Lúc 7.30, đoàn xuất phát. Đến 9 giờ thì tới nơi.',
    ['Lúc 7.30, đoàn xuất phát.', 'Đến 9 giờ thì tới nơi.'],
  ],
  [
    'sentence starting with a digit',
    'Năm 2023 đạt 95%. 12 xã đạt chuẩn nông thôn mới.',
    ['Năm 2023 đạt 95%.', '12 xã đạt chuẩn nông thôn mới.'],
  ],
  [
    'year then capital',
    'Kết quả năm 2023. Năm 2024 phấn đấu cao hơn.',
    ['Kết quả năm 2023.', 'Năm 2024 phấn đấu cao hơn.'],
  ],
  [
    'document number',
    'Theo Quyết định số 163/QĐ-UBND. Các xã triển khai.',
    ['Theo Quyết định số 163/QĐ-UBND.', 'Các xã triển khai.'],
  ],
  [
    'percent with full stop',
    'Tỷ lệ hộ nghèo giảm còn 3,5%. Đây là kết quả tốt.',
    ['Tỷ lệ hộ nghèo giảm còn 3,5%.', 'Đây là kết quả tốt.'],
  ],
  // ellipses
  [
    'ellipsis mid-sentence',
    'Các phong trào… đã được triển khai rộng khắp.',
    ['Các phong trào… đã được triển khai rộng khắp.'],
  ],
  [
    'three dots mid-sentence',
    'Các phong trào... đã được triển khai rộng khắp.',
    ['Các phong trào... đã được triển khai rộng khắp.'],
  ],
  [
    'ellipsis then capital',
    'Nhiệm vụ năm 2024… Hội nghị đã thống nhất.',
    ['Nhiệm vụ năm 2024…', 'Hội nghị đã thống nhất.'],
  ],
  ['three dots at the end', 'Phương hướng nhiệm vụ năm 2024...', ['Phương hướng nhiệm vụ năm 2024...']],
  [
    'three dots then capital',
    'Phương hướng năm 2024... Năm 2023, huyện đạt nhiều kết quả.',
    ['Phương hướng năm 2024...', 'Năm 2023, huyện đạt nhiều kết quả.'],
  ],
  [
    'ellipsis in a list',
    '“Dân biết”, “dân bàn”… được thực hiện.',
    ['“Dân biết”, “dân bàn”… được thực hiện.'],
  ],
  ['ellipsis then digit', 'Các chỉ tiêu… 5 chỉ tiêu vượt.', ['Các chỉ tiêu… 5 chỉ tiêu vượt.']],
  // quoted speech
  [
    'quote with inner sentences',
    'Đồng chí nhấn mạnh: “Phải làm tốt. Không được chủ quan.” Hội nghị bế mạc.',
    ['Đồng chí nhấn mạnh: “Phải làm tốt. Không được chủ quan.”', 'Hội nghị bế mạc.'],
  ],
  [
    'straight quotes',
    'Ông nói: "Làm tốt. Làm nhanh." Mọi người đồng tình.',
    ['Ông nói: "Làm tốt. Làm nhanh."', 'Mọi người đồng tình.'],
  ],
  [
    'quote closing mid-sentence',
    'Phong trào “Toàn dân đoàn kết. Xây dựng đời sống văn hóa” được duy trì.',
    ['Phong trào “Toàn dân đoàn kết. Xây dựng đời sống văn hóa” được duy trì.'],
  ],
  [
    'quote then stop',
    'Huyện thực hiện phong trào “Xây dựng nông thôn mới”. Kết quả rất tốt.',
    ['Huyện thực hiện phong trào “Xây dựng nông thôn mới”.', 'Kết quả rất tốt.'],
  ],
  [
    'opening quote starts the next sentence',
    'Hội nghị kết thúc. “Chúng ta phải cố gắng hơn”, đồng chí nói.',
    ['Hội nghị kết thúc.', '“Chúng ta phải cố gắng hơn”, đồng chí nói.'],
  ],
  [
    'question in quotes',
    'Ông hỏi: “Vì sao chậm?” rồi chỉ đạo khắc phục.',
    ['Ông hỏi: “Vì sao chậm?” rồi chỉ đạo khắc phục.'],
  ],
  [
    'exclamation in quotes then capital',
    'Khẩu hiệu “Tất cả vì nhân dân!” Được treo khắp nơi.',
    ['Khẩu hiệu “Tất cả vì nhân dân!”', 'Được treo khắp nơi.'],
  ],
  [
    'unbalanced quote does not swallow the text',
    'Ông nói: “Làm tốt. Mọi người đồng tình. Hội nghị bế mạc.',
    ['Ông nói: “Làm tốt.', 'Mọi người đồng tình.', 'Hội nghị bế mạc.'],
  ],
  [
    'guillemets',
    'Ông nói: «Làm tốt. Làm nhanh.» Mọi người đồng tình.',
    ['Ông nói: «Làm tốt. Làm nhanh.»', 'Mọi người đồng tình.'],
  ],
  // brackets
  [
    'stop inside brackets',
    'Kết quả (xem Phụ lục 1. Bảng 2) được công bố.',
    ['Kết quả (xem Phụ lục 1. Bảng 2) được công bố.'],
  ],
  [
    'brackets closing the sentence',
    'Huyện đạt chuẩn (theo Quyết định của UBND tỉnh.) Năm sau tiếp tục.',
    ['Huyện đạt chuẩn (theo Quyết định của UBND tỉnh.)', 'Năm sau tiếp tục.'],
  ],
  [
    'bracketed sentence after',
    'Hội nghị kết thúc. (Ảnh: Quang Vinh)',
    ['Hội nghị kết thúc.', '(Ảnh: Quang Vinh)'],
  ],
  // line breaks
  [
    'line break after a stop, lower case next',
    'Hoàn thành chỉ tiêu.\nnăm 2024 tiếp tục phấn đấu.',
    ['Hoàn thành chỉ tiêu.', 'năm 2024 tiếp tục phấn đấu.'],
  ],
  [
    'line break without a stop joins',
    'Hội nghị tổng kết công tác\nnăm 2023 của huyện.',
    ['Hội nghị tổng kết công tác\nnăm 2023 của huyện.'],
  ],
  ['line break after an abbreviation', 'Hội nghị tại TP.\nHồ Chí Minh.', ['Hội nghị tại TP.\nHồ Chí Minh.']],
  ['CRLF-free line break after a question', 'Vì sao?\ntại sao chưa làm?', ['Vì sao?', 'tại sao chưa làm?']],
  // lists and misc
  ['numbered item', '1. Kết quả đạt được. Tăng trưởng tốt.', ['1. Kết quả đạt được.', 'Tăng trưởng tốt.']],
  ['lettered item', 'a. Về kinh tế. Tăng trưởng tốt.', ['a. Về kinh tế.', 'Tăng trưởng tốt.']],
  [
    'roman item',
    'II. Phương hướng năm 2024. Tập trung phát triển.',
    ['II. Phương hướng năm 2024.', 'Tập trung phát triển.'],
  ],
  [
    'dash item after a stop',
    'Kết quả như sau. - Về kinh tế: tăng 5%.',
    ['Kết quả như sau.', '- Về kinh tế: tăng 5%.'],
  ],
  ['no space after a stop', 'Hội nghị kết thúc.Đại biểu ra về.', ['Hội nghị kết thúc.Đại biểu ra về.']],
  [
    'lower case after a stop',
    'Hội nghị kết thúc. sau đó đại biểu ra về.',
    ['Hội nghị kết thúc. sau đó đại biểu ra về.'],
  ],
  [
    'colon does not split',
    'Hội nghị thống nhất: Tăng cường kiểm tra.',
    ['Hội nghị thống nhất: Tăng cường kiểm tra.'],
  ],
  ['semicolon does not split', 'Thu đạt 5%; chi đạt 7%.', ['Thu đạt 5%; chi đạt 7%.']],
  ['multiple stops', 'Thật tuyệt vời!!! Huyện đã về đích.', ['Thật tuyệt vời!!!', 'Huyện đã về đích.']],
  ['question and exclamation', 'Làm sao được?! Phải cố gắng.', ['Làm sao được?!', 'Phải cố gắng.']],
  [
    'email address',
    'Liên hệ qua hopthu@ngoclac.gov.vn để biết thêm.',
    ['Liên hệ qua hopthu@ngoclac.gov.vn để biết thêm.'],
  ],
  [
    'domain then capital',
    'Bài đăng trên ngoclac.gov.vn. Bạn đọc quan tâm.',
    ['Bài đăng trên ngoclac.gov.vn.', 'Bạn đọc quan tâm.'],
  ],
  [
    'NFD text',
    'Hội nghị diễn ra. Đại biểu dự.'.normalize('NFD'),
    ['Hội nghị diễn ra.'.normalize('NFD'), 'Đại biểu dự.'.normalize('NFD')],
  ],
  ['new tone style', 'Uỷ ban họp. Hoà giải thành.', ['Uỷ ban họp.', 'Hoà giải thành.']],
]

describe('sentenceRanges', () => {
  it('has at least 80 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80)
  })
  it.each(cases)('%s', (_why, text, sentences) => {
    expect(split(text)).toEqual(sentences)
  })

  it('stays linear on pathological input', () => {
    for (const text of [
      'Đ/c '.repeat(50_000),
      'TP. '.repeat(50_000),
      '1.'.repeat(100_000),
      '"'.repeat(100_000),
      '('.repeat(100_000),
      `${'a. '.repeat(50_000)}`,
      '…'.repeat(100_000),
    ]) {
      const ranges = sentenceRanges(text)
      for (const r of ranges) expect(r.end).toBeGreaterThan(r.start)
    }
  })
})

describe('splitSentences in the pipeline', () => {
  it('splits every block separately and keeps display offsets', () => {
    const input =
      'Tiêu đề bài viết về hội nghị tổng kết\nUBND huyện tổ chức hội nghị. Đại biểu dự đông đủ.\nToàn cảnh hội nghị'.normalize(
        'NFD',
      )
    const doc = readDocument(input)
    const texts = doc.sentences.map((s) => doc.text.display.slice(s.start, s.end))
    expect(texts).toEqual([
      'Tiêu đề bài viết về hội nghị tổng kết',
      'UBND huyện tổ chức hội nghị.',
      'Đại biểu dự đông đủ.',
      'Toàn cảnh hội nghị',
    ])
    expect(doc.sentences.map((s) => s.block)).toEqual([0, 1, 1, 2])
    for (const s of doc.sentences) {
      const span = doc.text.toSpan(s.start, s.end)
      expect(input.slice(span.start, span.end).normalize('NFC')).toBe(doc.text.display.slice(s.start, s.end))
    }
  })
})
