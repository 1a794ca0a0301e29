import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractDates } from '../src/extractors/dates.js'
import { extractEvents } from '../src/extractors/events.js'
import { readDocument } from '../src/parse.js'
import {
  recognizeChairName,
  recognizeLocation,
  recognizeStatedDates,
} from '../src/recognizers/event-setting.js'
import { subjectBefore } from '../src/recognizers/organizer-phrase.js'
import { reviewAndPlan } from '../src/recognizers/review-plan.js'
import type { Event } from '../src/schema/records.js'
import { foldForMatching } from '../src/text/normalize.js'

/** Events of a composed article, with and without the date extractor's mentions. */
function eventsOf(article: string, withDates = true): Event[] {
  const doc = readDocument(article)
  const { dates, periods } = withDates ? extractDates(doc) : { dates: [], periods: [] }
  return extractEvents(doc, { officials: [], organizations: [], dates, periods })
}

const seed = readFileSync(
  new URL('../fixtures/articles/seed-ngoc-lac-quoc-phong-an-ninh.txt', import.meta.url),
  'utf8',
)

describe('the seed article', () => {
  for (const withDates of [true, false]) {
    it(`reports the conference (${withDates ? 'with' : 'without'} date mentions)`, () => {
      const [event, ...others] = eventsOf(seed, withDates)
      expect(others).toEqual([])
      expect(event).toMatchObject({
        type: 'hội nghị',
        organizer: 'UBND huyện Ngọc Lặc',
        date: null,
        chair: null,
        location: null,
        reviewPeriod: 'năm 2023',
        planPeriod: 'năm 2024',
      })
      expect(event?.name).toBe(
        'Hội nghị tổng kết công tác xây dựng cơ sở và thực hiện Quy chế dân chủ năm 2023, phương hướng nhiệm vụ năm 2024; tổng kết công tác Quốc phòng- An ninh năm 2023, phương hướng nhiệm vụ năm 2024',
      )
      expect(seed.slice(event?.span.start, event?.span.end)).toBe(event?.name)
    })
  }
})

// Composed in the genre: [article, expected primary event (partial)].
const ARTICLES: [string, string, Partial<Event> | null][] = [
  [
    'a congress with place, time and chair',
    'Đại hội Hội Nông dân huyện Quan Sơn lần thứ X\n' +
      'Sáng 15/8, tại Hội trường Trung tâm Văn hóa huyện, Hội Nông dân huyện Quan Sơn long trọng tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2023 - 2028. Đồng chí Lò Văn Minh, Phó Bí thư Huyện ủy chủ trì đại hội.\n' +
      'Toàn cảnh đại hội\n' +
      'Đại hội đã bầu Ban Chấp hành khóa X gồm 21 đồng chí.',
    {
      type: 'đại hội',
      name: 'Đại hội đại biểu lần thứ X, nhiệm kỳ 2023 - 2028',
      organizer: 'Hội Nông dân huyện Quan Sơn',
      date: { day: 15, month: 8, year: null },
      timeOfDay: 'morning',
      location: 'Hội trường Trung tâm Văn hóa huyện',
      chair: 'Lò Văn Minh',
    },
  ],
  [
    'a council session opened by its council',
    'Khai mạc Kỳ họp thứ 20 HĐND tỉnh khóa XVIII\n' +
      'Chiều 10/12/2024, HĐND tỉnh khai mạc Kỳ họp thứ 20, HĐND tỉnh khóa XVIII, nhiệm kỳ 2021 - 2026.',
    {
      type: 'kỳ họp',
      name: 'Kỳ họp thứ 20, HĐND tỉnh khóa XVIII, nhiệm kỳ 2021 - 2026',
      organizer: 'HĐND tỉnh',
      date: { day: 10, month: 12, year: 2024 },
      timeOfDay: 'afternoon',
    },
  ],
  [
    'a delegation named in the lead',
    'Đoàn công tác Bộ Quốc phòng thăm, chúc Tết tỉnh Điện Biên\n' +
      'Ngày 2/2, Đoàn công tác của Bộ Quốc phòng do Thượng tướng Hoàng Văn An, Thứ trưởng Bộ Quốc phòng làm trưởng đoàn đã đến thăm, chúc Tết Đảng bộ, chính quyền và Nhân dân tỉnh Điện Biên.',
    {
      type: 'đoàn công tác',
      name: 'Đoàn công tác của Bộ Quốc phòng',
      organizer: 'Bộ Quốc phòng',
      date: { day: 2, month: 2, year: null },
    },
  ],
  [
    'a visit by an official, no delegation named',
    'Chủ tịch UBND tỉnh thăm, tặng quà Tết gia đình chính sách huyện Mường Nhé\n' +
      'Sáng 5/2, đồng chí Lê Thành Đô, Chủ tịch UBND tỉnh đã đến thăm, tặng quà Tết các gia đình chính sách trên địa bàn huyện Mường Nhé.',
    { type: 'đoàn công tác', organizer: null, date: { day: 5, month: 2, year: null } },
  ],
  [
    'a contest held by a body named after "do"',
    'Sôi nổi Hội thi Dân vận khéo huyện Bá Thước\n' +
      'Ngày 20/4, Hội thi "Dân vận khéo" huyện Bá Thước năm 2024 do Ban Dân vận Huyện ủy tổ chức đã diễn ra tại Nhà văn hóa trung tâm huyện.',
    {
      type: 'hội thi',
      name: 'Hội thi "Dân vận khéo" huyện Bá Thước năm 2024',
      organizer: 'Ban Dân vận Huyện ủy',
      location: 'Nhà văn hóa trung tâm huyện',
      date: { day: 20, month: 4, year: null },
    },
  ],
  [
    'a working session',
    'Chủ tịch UBND tỉnh làm việc với huyện Như Xuân\n' +
      'Chiều 3/4, UBND tỉnh tổ chức buổi làm việc với UBND huyện Như Xuân về tình hình phát triển kinh tế - xã hội quý I.',
    {
      type: 'buổi làm việc',
      organizer: 'UBND tỉnh',
      date: { day: 3, month: 4, year: null },
      timeOfDay: 'afternoon',
    },
  ],
  [
    'an event held to greet another (the greeted one is background)',
    'Yên Định ra quân làm đường giao thông nông thôn\n' +
      'Hướng tới Đại hội Đảng bộ tỉnh lần thứ XX, sáng 2/3, UBND huyện Yên Định tổ chức Lễ ra quân làm đường giao thông nông thôn năm 2025.',
    { type: 'lễ', organizer: 'UBND huyện Yên Định', date: { day: 2, month: 3, year: null } },
  ],
  [
    'a date after a document number is not the event date',
    'Thường Xuân giao quân năm 2024\n' +
      'Thực hiện Kế hoạch số 12/KH-UBND ngày 5/1/2024 của UBND tỉnh về tuyển quân, sáng 26/2, huyện Thường Xuân tổ chức Lễ giao nhận quân năm 2024.',
    {
      type: 'lễ',
      name: 'Lễ giao nhận quân năm 2024',
      organizer: 'huyện Thường Xuân',
      date: { day: 26, month: 2, year: null },
    },
  ],
  [
    'a plan with no review',
    'Ngành Nông nghiệp triển khai nhiệm vụ năm 2024\n' +
      'Ngày 12/1, Sở Nông nghiệp và Phát triển nông thôn tổ chức Hội nghị triển khai nhiệm vụ năm 2024.',
    {
      type: 'hội nghị',
      reviewPeriod: null,
      planPeriod: 'năm 2024',
      organizer: 'Sở Nông nghiệp và Phát triển nông thôn',
    },
  ],
  [
    'a place after the locating comma is left out of the organizer',
    'Đại hội Đảng bộ xã Cao Sơn\n' +
      'Ngày 24/7, Đảng bộ xã Cao Sơn, tỉnh Phú Thọ tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.',
    { type: 'đại hội', organizer: 'Đảng bộ xã Cao Sơn' },
  ],
  [
    'a headline event taken up again in the lead',
    'Lễ khánh thành cầu Tân Hòa\n' +
      'Sáng nay (19/8), UBND huyện Lai Vung tổ chức Lễ khánh thành cầu Tân Hòa, công trình chào mừng Đại hội Đảng bộ huyện.',
    {
      type: 'lễ',
      name: 'Lễ khánh thành cầu Tân Hòa',
      organizer: 'UBND huyện Lai Vung',
      date: { day: 19, month: 8, year: null },
    },
  ],
  [
    'a council session with no subject: the council named in it',
    'Khai mạc Kỳ họp thứ nhất HĐND xã Đăk Sơ khóa I\n' +
      'Sáng 3/7, Kỳ họp thứ nhất, HĐND xã Đăk Sơ khóa I, nhiệm kỳ 2021 - 2026 đã khai mạc tại Hội trường UBND xã.',
    {
      type: 'kỳ họp',
      organizer: 'HĐND xã Đăk Sơ',
      date: { day: 3, month: 7, year: null },
      location: 'Hội trường UBND xã',
    },
  ],
  [
    'a congress with no subject: the body named in it',
    'Đại hội Hội Cựu chiến binh xã Thanh Lâm\n' +
      'Ngày 12/5, Đại hội đại biểu Hội Cựu chiến binh xã Thanh Lâm lần thứ VIII, nhiệm kỳ 2022 - 2027 đã diễn ra.',
    {
      type: 'đại hội',
      organizer: 'Hội Cựu chiến binh xã Thanh Lâm',
      date: { day: 12, month: 5, year: null },
    },
  ],
  [
    'the term of a council is not part of its name',
    'HĐND xã Tân Lập họp kỳ thứ 5\nNgày 10/6/2025, HĐND xã Tân Lập khóa I, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 5.',
    { type: 'kỳ họp', organizer: 'HĐND xã Tân Lập', date: { day: 10, month: 6, year: 2025 } },
  ],
  [
    'a span of days is dated by its first',
    'Đại hội Đoàn huyện Bảo Thắng lần thứ XII\n' +
      'Trong 2 ngày (25 và 26/6), Đoàn TNCS Hồ Chí Minh huyện Bảo Thắng tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2022 - 2027.',
    {
      type: 'đại hội',
      organizer: 'Đoàn TNCS Hồ Chí Minh huyện Bảo Thắng',
      date: { day: 25, month: 6, year: null },
    },
  ],
  [
    'an event reported through an official attending it',
    'Phó Chủ tịch UBND tỉnh dự Lễ giao nhận quân tại Hương Sơn\n' +
      'Sáng 26/2, đồng chí Trần Báu Hà, Phó Chủ tịch UBND tỉnh dự Lễ giao nhận quân năm 2025 tại huyện Hương Sơn.',
    { type: 'lễ', organizer: null, date: { day: 26, month: 2, year: null }, location: 'huyện Hương Sơn' },
  ],
  [
    'a body named in a congress the recognizer of organizations does not know',
    'Công đoàn Giáo dục Quỳnh Lưu đại hội\n' +
      'Ngày 20/6, Đại hội Công đoàn Giáo dục huyện Quỳnh Lưu lần thứ XX, nhiệm kỳ 2023 - 2028 được tổ chức thành công.',
    {
      type: 'đại hội',
      organizer: 'Công đoàn Giáo dục huyện Quỳnh Lưu',
      date: { day: 20, month: 6, year: null },
    },
  ],
  [
    'adjuncts of time and place before the subject',
    'Cà Mau sơ kết 6 tháng đầu năm\n' +
      'Chiều 26/6, tại Trung tâm Hội nghị tỉnh, Ủy ban nhân dân tỉnh Cà Mau tổ chức Hội nghị sơ kết tình hình kinh tế - xã hội 6 tháng đầu năm 2025.',
    {
      type: 'hội nghị',
      organizer: 'Ủy ban nhân dân tỉnh Cà Mau',
      location: 'Trung tâm Hội nghị tỉnh',
      reviewPeriod: '6 tháng đầu năm 2025',
      timeOfDay: 'afternoon',
    },
  ],
  [
    'a list of bodies holding a ceremony',
    'Kỷ niệm 50 năm Ngày giải phóng Phước Long\n' +
      'Tối 5/1, Thị ủy, HĐND, UBND, UBMTTQ Việt Nam thị xã Phước Long long trọng tổ chức Lễ kỷ niệm 50 năm Ngày giải phóng Phước Long (6/1/1975 - 6/1/2025).',
    {
      type: 'lễ',
      name: 'Lễ kỷ niệm 50 năm Ngày giải phóng Phước Long (6/1/1975 - 6/1/2025)',
      organizer: 'Thị ủy, HĐND, UBND, UBMTTQ Việt Nam thị xã Phước Long',
      date: { day: 5, month: 1, year: null },
      timeOfDay: 'evening',
    },
  ],
  [
    'an economic report: no gathering',
    'Kinh tế huyện Lục Ngạn tăng trưởng 8,5%\n' +
      'Năm 2023, tổng giá trị sản xuất trên địa bàn huyện ước đạt 12.500 tỷ đồng, tăng 8,5% so với năm 2022.\n' +
      'Thu ngân sách đạt 450 tỷ đồng, vượt 12% dự toán. Chương trình mục tiêu quốc gia xây dựng nông thôn mới tiếp tục được triển khai.',
    null,
  ],
  [
    'an award decision: the gathering in the reason is background',
    'Tặng Bằng khen cho 6 tập thể có thành tích trong tổ chức Ngày hội Đại đoàn kết\n' +
      'Ngày 12/6, Chủ tịch UBND tỉnh đã ký Quyết định số 1034/QĐ-UBND tặng Bằng khen cho 6 tập thể đã có thành tích xuất sắc trong tổ chức Ngày hội Đại đoàn kết toàn dân tộc.',
    null,
  ],
  [
    'a session told by the verb "họp"',
    'UBND tỉnh họp phiên thường kỳ tháng 3\n' +
      'Chiều 2/4, UBND tỉnh Phú Yên họp phiên thường kỳ tháng 3/2024 để xem xét tình hình kinh tế - xã hội quý I.',
    {
      type: 'phiên họp',
      name: 'họp phiên thường kỳ tháng 3/2024',
      organizer: 'UBND tỉnh Phú Yên',
      date: { day: 2, month: 4, year: null },
      timeOfDay: 'afternoon',
    },
  ],
  [
    'a meeting told by "tổ chức họp"',
    'Hội đồng Thi đua - Khen thưởng huyện họp xét khen thưởng\n' +
      'Sáng 8/1, Hội đồng Thi đua - Khen thưởng huyện Nga Sơn tổ chức họp xét danh hiệu thi đua năm 2023.',
    {
      type: 'cuộc họp',
      organizer: 'Hội đồng Thi đua - Khen thưởng huyện Nga Sơn',
      date: { day: 8, month: 1, year: null },
    },
  ],
  [
    'a ceremony told by "tổ chức khánh thành"',
    'Khánh thành cầu dân sinh tại xã Tân Lập\n' +
      'Ngày 19/5, UBND huyện Đồng Phú tổ chức khánh thành cầu dân sinh bắc qua suối Rạt tại xã Tân Lập.',
    {
      type: 'lễ',
      name: 'khánh thành cầu dân sinh bắc qua suối Rạt',
      organizer: 'UBND huyện Đồng Phú',
      date: { day: 19, month: 5, year: null },
      location: 'xã Tân Lập',
    },
  ],
  [
    'an anniversary told by "tổ chức kỷ niệm": the years in brackets are not its date',
    'Kỷ niệm 60 năm thành lập xã Hòa Bình\n' +
      'Sáng 3/9, Đảng ủy, HĐND, UBND xã Hòa Bình tổ chức kỷ niệm 60 năm ngày thành lập xã (1964 - 2024).',
    {
      type: 'lễ',
      organizer: 'Đảng ủy, HĐND, UBND xã Hòa Bình',
      date: { day: 3, month: 9, year: null },
      timeOfDay: 'morning',
    },
  ],
  [
    'the dates an anniversary spans are not the event date',
    'Lễ kỷ niệm 50 năm giải phóng huyện\n' +
      'Tối 24/3, Huyện ủy, UBND huyện Đắk Tô tổ chức Lễ kỷ niệm 50 năm Ngày giải phóng huyện (24/3/1975 - 24/3/2025).',
    {
      type: 'lễ',
      organizer: 'Huyện ủy, UBND huyện Đắk Tô',
      date: { day: 24, month: 3, year: null },
      timeOfDay: 'evening',
    },
  ],
  [
    'an election by a council is a session of it',
    'Bầu bổ sung Phó Chủ tịch UBND huyện\n' +
      'Chiều 14/6, HĐND huyện Mường Tè khóa XXI đã bầu bổ sung ông Lò Văn Sáng giữ chức Phó Chủ tịch UBND huyện nhiệm kỳ 2021 - 2026.',
    { type: 'kỳ họp', organizer: 'HĐND huyện Mường Tè', date: { day: 14, month: 6, year: null } },
  ],
  [
    'an election by an executive committee is a conference of it',
    'Ban Chấp hành Đảng bộ huyện bầu bổ sung Phó Bí thư\n' +
      'Ngày 21/3, Ban Chấp hành Đảng bộ huyện Lạc Sơn đã bầu đồng chí Bùi Văn Thanh làm Phó Bí thư Huyện ủy.',
    {
      type: 'hội nghị',
      organizer: 'Ban Chấp hành Đảng bộ huyện Lạc Sơn',
      date: { day: 21, month: 3, year: null },
    },
  ],
  [
    'a plan to hold an event reports no event',
    'Tam Nông ban hành kế hoạch tổ chức Đại hội Thể dục thể thao lần thứ IX\n' +
      'UBND huyện Tam Nông vừa ban hành kế hoạch tổ chức Đại hội Thể dục thể thao huyện lần thứ IX năm 2026. Theo kế hoạch, đại hội dự kiến diễn ra trong tháng 6.',
    null,
  ],
  [
    'a delegation that has a working session: the session is the delegation’s',
    'Đoàn công tác của Tỉnh ủy làm việc tại huyện Krông Pắc\n' +
      'Ngày 11/7, Đoàn công tác của Ban Thường vụ Tỉnh ủy do đồng chí Y Thanh, Phó Bí thư Tỉnh ủy làm trưởng đoàn có buổi làm việc với Ban Thường vụ Huyện ủy Krông Pắc.',
    {
      type: 'đoàn công tác',
      name: 'Đoàn công tác của Ban Thường vụ Tỉnh ủy',
      organizer: 'Ban Thường vụ Tỉnh ủy',
      date: { day: 11, month: 7, year: null },
    },
  ],
  [
    'a source tag with a domain before the lead',
    'Hội nghị triển khai nhiệm vụ năm 2025\n' +
      '(Baoquangngai.vn) - Sáng 6/1, Sở Nông nghiệp và Phát triển nông thôn tổ chức Hội nghị triển khai nhiệm vụ năm 2025.',
    {
      type: 'hội nghị',
      organizer: 'Sở Nông nghiệp và Phát triển nông thôn',
      date: { day: 6, month: 1, year: null },
    },
  ],
  [
    'adjuncts before the organizer ("Hưởng ứng …, vào ngày …,")',
    'Hội thi Dân vận khéo huyện Ba Chẽ\n' +
      'Hưởng ứng phong trào thi đua, vào ngày 16/10, Ban Dân vận Huyện ủy Ba Chẽ tổ chức Hội thi Dân vận khéo năm 2024.',
    { type: 'hội thi', organizer: 'Ban Dân vận Huyện ủy Ba Chẽ', date: { day: 16, month: 10, year: null } },
  ],
  [
    'the district in brackets after the organizer is left out',
    'Đại hội Hội Cựu chiến binh xã\n' +
      'Ngày 4/3, Hội Cựu chiến binh xã Phú Thịnh (huyện Yên Bình) tổ chức Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2024 - 2029.',
    { type: 'đại hội', organizer: 'Hội Cựu chiến binh xã Phú Thịnh', date: { day: 4, month: 3, year: null } },
  ],
  [
    'the opening ceremony of a tournament reports the tournament',
    'Khai mạc Giải bóng chuyền hơi người cao tuổi\n' +
      'Sáng 12/5, tại nhà thi đấu huyện, Hội Người cao tuổi huyện Cẩm Thủy tổ chức Lễ khai mạc Giải bóng chuyền hơi người cao tuổi năm 2024. Giải do Hội Người cao tuổi huyện tổ chức nhằm rèn luyện sức khỏe.',
    {
      type: 'giải',
      name: 'Giải bóng chuyền hơi người cao tuổi năm 2024',
      organizer: 'Hội Người cao tuổi huyện Cẩm Thủy',
      date: { day: 12, month: 5, year: null },
      location: 'nhà thi đấu huyện',
    },
  ],
  [
    'a visit with New Year wishes',
    'Lãnh đạo tỉnh thăm, chúc Tết tại huyện Mường Nhé\n' +
      'Ngày 2/2, đồng chí Lò Văn Phương, Phó Chủ tịch UBND tỉnh đến thăm, chúc Tết cán bộ, chiến sĩ Đồn Biên phòng Sen Thượng.',
    { type: 'đoàn công tác', organizer: null, date: { day: 2, month: 2, year: null } },
  ],
  [
    'a compound that holds a stop word ("bầu cử") stays in the name',
    'Hội nghị tập huấn công tác bầu cử\n' +
      'Ngày 15/3, tại Hội trường Huyện ủy, Ban Thường vụ Huyện ủy Hoằng Hóa tổ chức hội nghị tập huấn nghiệp vụ công tác bầu cử.',
    {
      type: 'hội nghị',
      name: 'hội nghị tập huấn nghiệp vụ công tác bầu cử',
      organizer: 'Ban Thường vụ Huyện ủy Hoằng Hóa',
      location: 'Hội trường Huyện ủy',
    },
  ],
  [
    'a session of a body named after "của"',
    'Phiên họp thường kỳ tháng 4 của UBND huyện\n' +
      'Sáng 3/5, đồng chí Nguyễn Văn Thái, Chủ tịch UBND huyện chủ trì phiên họp thường kỳ tháng 4 của UBND huyện Vĩnh Lộc.',
    { type: 'phiên họp', organizer: 'UBND huyện Vĩnh Lộc', date: { day: 3, month: 5, year: null } },
  ],
  [
    'a general sentence first: the name and date come from where it is held',
    'Đại hội đại biểu các dân tộc thiểu số huyện lần thứ IV\n' +
      'Đại hội đại biểu các dân tộc thiểu số là dịp để tôn vinh đồng bào. Ngày 20/9, UBND huyện Sa Thầy tổ chức Đại hội đại biểu các dân tộc thiểu số huyện lần thứ IV năm 2024.',
    {
      type: 'đại hội',
      name: 'Đại hội đại biểu các dân tộc thiểu số huyện lần thứ IV năm 2024',
      organizer: 'UBND huyện Sa Thầy',
      date: { day: 20, month: 9, year: null },
    },
  ],
  [
    'a festival held every year: a feature, not news',
    'Lễ hội Cầu ngư làng chài Cảnh Dương\n' +
      'Hằng năm, UBND xã Cảnh Dương tổ chức Lễ hội Cầu ngư vào tháng Giêng âm lịch. Lễ hội là dịp để ngư dân cầu mong mưa thuận gió hòa.',
    null,
  ],
  [
    'an event in a clause of time is not reported',
    'Người dân mong chờ ngày hội\n' +
      'Đến khi huyện tổ chức Ngày hội văn hóa các dân tộc, bà con lại nô nức kéo về thị trấn để giao lưu.',
    null,
  ],
  [
    'an event said not to be held',
    'Huyện không tổ chức bắn pháo hoa dịp Tết\n' +
      'UBND huyện Bình Lục không tổ chức Lễ hội đón giao thừa năm nay để dành kinh phí hỗ trợ người nghèo.',
    null,
  ],
  [
    'a body that hosts ("đăng cai tổ chức")',
    'Hội thao chào mừng ngày thành lập Quân đội nhân dân\n' +
      'Ngày 20/12, tại xã Đắk Ha, UBND huyện Đắk Glong (tỉnh Đắk Nông) đăng cai tổ chức Hội thao các huyện cụm phía Nam.',
    { type: 'hội thao', organizer: 'UBND huyện Đắk Glong', date: { day: 20, month: 12, year: null } },
  ],
  [
    'kinds of contests listed after "các" are not the event; a capitalised programme is',
    'Vinh danh học sinh đoạt giải quốc gia\n' +
      'Sáng 10/2, Sở Giáo dục và Đào tạo tổ chức Chương trình vinh danh học sinh đạt thành tích cao trong các kỳ thi, cuộc thi cấp quốc gia năm học 2024 - 2025.',
    { type: 'chương trình', organizer: 'Sở Giáo dục và Đào tạo', date: { day: 10, month: 2, year: null } },
  ],
  [
    'gatherings coordinated with a greeted one are background too',
    'Thủ tướng nêu các bài học về công tác thi đua\n' +
      'Thủ tướng yêu cầu các bộ, ngành lập thành tích chào mừng Đại hội Đảng bộ các cấp và Đại hội đại biểu toàn quốc lần thứ XIV, Đại hội Thi đua yêu nước toàn quốc lần thứ XI.',
    null,
  ],
  [
    'the time of day right before a bracketed date',
    'Bế mạc hội thao quốc phòng\n' +
      'Chiều nay(29/11), tại Trung tâm huấn luyện, Bộ Chỉ huy Quân sự tỉnh đã tổ chức bế mạc hội thao quốc phòng năm 2024.',
    {
      type: 'hội thao',
      organizer: 'Bộ Chỉ huy Quân sự tỉnh',
      date: { day: 29, month: 11, year: null },
      timeOfDay: 'afternoon',
    },
  ],
  [
    'an event a rally protects is not the news',
    'Công an tỉnh bảo đảm an ninh mùa lễ hội\n' +
      'Lực lượng công an tăng cường tuần tra, bảo vệ an toàn các hoạt động văn hóa, chuỗi lễ hội Xuân Lam Kinh 2025 diễn ra từ ngày 3 đến 6/2/2025.',
    null,
  ],
  [
    'the result of a congress is not a congress held',
    'Đồng chí Bí thư Huyện ủy thông tin tình hình địa phương\n' +
      'Đồng chí đã thông tin về những kết quả nổi bật của huyện, đặc biệt là kết quả của Đại hội đại biểu Đảng bộ tỉnh lần thứ XX.',
    null,
  ],
  [
    'a campaign launched by a police unit',
    'Công an huyện ra quân trấn áp tội phạm\n' +
      'Sáng 3/12, Công an huyện Bá Thước tổ chức đợt ra quân cao điểm tấn công trấn áp tội phạm, bảo đảm an ninh trật tự dịp Tết.',
    {
      type: 'lễ',
      organizer: 'Công an huyện Bá Thước',
      date: { day: 3, month: 12, year: null },
      timeOfDay: 'morning',
    },
  ],
  [
    'police of every unit rallying at once, told in the headline',
    'Công an các huyện, thị xã trong tỉnh đồng loạt ra quân trấn áp tội phạm\n' +
      'Mục tiêu của đợt cao điểm là kéo giảm tội phạm về trật tự xã hội.',
    { type: 'lễ', organizer: 'Công an các huyện, thị xã trong tỉnh' },
  ],
  [
    'a rally ceremony launched by its holder',
    'Mở đợt cao điểm bảo đảm trật tự\n' +
      'Công an huyện Vĩnh Lộc vừa phát động lễ ra quân cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh trật tự Đại hội Đảng bộ tỉnh lần thứ XX.',
    {
      type: 'lễ',
      organizer: 'Công an huyện Vĩnh Lộc',
      name: 'lễ ra quân cao điểm tấn công, trấn áp tội phạm',
    },
  ],
  [
    'delegates meeting voters',
    'Tiếp xúc cử tri trước kỳ họp cuối năm\n' +
      'Ngày 2/12/2024, Tổ đại biểu HĐND tỉnh đơn vị bầu cử số 3 tổ chức tiếp xúc với cử tri xã Hòa Bình trước kỳ họp thứ 25.',
    { type: 'tiếp xúc cử tri', organizer: null, date: { day: 2, month: 12, year: 2024 } },
  ],
  [
    'officials who go to hand badges over, with the ceremony named later',
    'Trao Huy hiệu Đảng tại xã Yên Hòa\n' +
      'Sáng ngày 12/8, đồng chí Lê Văn Hải, Phó Bí thư Thường trực Huyện ủy đã đến trao tặng Huy hiệu 55 năm tuổi Đảng cho 3 đồng chí đảng viên.\n' +
      'Phát biểu tại buổi lễ, đồng chí Lê Văn Hải chúc mừng các đảng viên.',
    { type: 'lễ', organizer: null, date: { day: 12, month: 8, year: null }, timeOfDay: 'morning' },
  ],
  [
    'handing badges over with no ceremony named is not a gathering',
    'Trao Huy hiệu Đảng tại xã Yên Hòa\n' +
      'Sáng ngày 12/8, đồng chí Lê Văn Hải, Phó Bí thư Thường trực Huyện ủy đã đến trao tặng Huy hiệu 55 năm tuổi Đảng cho 3 đồng chí đảng viên.',
    null,
  ],
  [
    'an anniversary span written without brackets is not the date',
    'Trao Huy hiệu Đảng cho đảng viên lão thành\n' +
      'Nhân dịp kỷ niệm 95 năm Ngày thành lập Đảng 3/2/1930 - 3/2/2025, chiều ngày 31/1/2025, Ban Thường vụ Huyện ủy Nga Sơn tổ chức lễ trao Huy hiệu 40, 45 và 50 năm tuổi Đảng cho 12 đồng chí.',
    {
      type: 'lễ',
      name: 'lễ trao Huy hiệu 40, 45 và 50 năm tuổi Đảng',
      organizer: 'Ban Thường vụ Huyện ủy Nga Sơn',
      date: { day: 31, month: 1, year: 2025 },
      timeOfDay: 'afternoon',
    },
  ],
  [
    'a numbered delegation comes from the body after "của"',
    'Lãnh đạo tỉnh thăm, chúc Tết tại huyện Mường Lát\n' +
      'Sáng 20/1, Đoàn công tác số 5 của Tỉnh ủy do đồng chí Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết các đơn vị trực Tết.',
    { type: 'đoàn công tác', organizer: 'Tỉnh ủy', date: { day: 20, month: 1, year: null } },
  ],
  [
    'a headline in lower case: the lead holds the event',
    'Huyện Hà Trung tổng kết công tác Đảng năm 2024\n' +
      'Chiều 6/1, Huyện ủy Hà Trung tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2024.',
    { type: 'hội nghị', organizer: 'Huyện ủy Hà Trung', date: { day: 6, month: 1, year: null } },
  ],
  [
    'a first paragraph that only refers to the congress leaves the report to the next one',
    'Nông dân phát triển toàn diện\n' +
      'Xây dựng nông dân phát triển toàn diện, văn minh, nghĩa tình.\n' +
      'Đây là một trong 4 mục tiêu mà Đại hội đại biểu Hội Nông dân tỉnh Hà Tĩnh lần thứ IX đã đề ra.\n' +
      'Sáng ngày 12/9, tại TP Hà Tĩnh, Hội Nông dân tỉnh Hà Tĩnh tổ chức Đại hội đại biểu Hội Nông dân tỉnh Hà Tĩnh lần thứ IX, nhiệm kỳ 2023 - 2028.',
    {
      type: 'đại hội',
      organizer: 'Hội Nông dân tỉnh Hà Tĩnh',
      date: { day: 12, month: 9, year: null },
      timeOfDay: 'morning',
      location: 'TP Hà Tĩnh',
    },
  ],
  [
    'a congress held two paragraphs down with nothing before it is background',
    'Nông dân phát triển toàn diện\n' +
      'Xây dựng nông dân phát triển toàn diện, văn minh, nghĩa tình.\n' +
      'Năm qua, nông dân trong tỉnh đã đạt nhiều kết quả trong sản xuất.\n' +
      'Sáng ngày 12/9, Hội Nông dân tỉnh Hà Tĩnh tổ chức Đại hội đại biểu Hội Nông dân tỉnh lần thứ IX.',
    null,
  ],
  [
    'a review told by "tổ chức sơ kết" is a conference',
    'Sơ kết công tác Mặt trận\n' +
      'Ngày 24/6/2023, Ủy ban MTTQ xã Quang Trung tổ chức sơ kết công tác Mặt trận 6 tháng đầu năm 2023.',
    {
      type: 'hội nghị',
      name: 'sơ kết công tác Mặt trận 6 tháng đầu năm 2023',
      organizer: 'Ủy ban MTTQ xã Quang Trung',
      date: { day: 24, month: 6, year: 2023 },
    },
  ],
  [
    'a bridge opened by a body, told by "khánh thành" alone',
    'Khánh thành cầu Tân Mỹ\n' +
      'Sáng 5/4, UBND tỉnh Đồng Tháp đã khánh thành và đưa vào sử dụng cầu Tân Mỹ.',
    { type: 'lễ', organizer: 'UBND tỉnh Đồng Tháp', date: { day: 5, month: 4, year: null } },
  ],
  [
    'a bridge opened, told without a body, is no gathering',
    'Cầu Tân Mỹ phát huy hiệu quả\n' +
      'Sau khi khánh thành vào tháng 4, cầu Tân Mỹ đã giúp người dân đi lại thuận tiện.',
    null,
  ],
  [
    'a get-together told by "tổ chức họp mặt"',
    'Họp mặt kỷ niệm Ngày Phụ nữ Việt Nam\n' +
      'Chiều 18/10, Hội LHPN xã Tân Hòa tổ chức họp mặt kỷ niệm 94 năm Ngày thành lập Hội LHPN Việt Nam.\n' +
      'Tại buổi họp mặt, các hội viên ôn lại truyền thống của Hội.',
    { type: 'họp mặt', organizer: 'Hội LHPN xã Tân Hòa', date: { day: 18, month: 10, year: null } },
  ],
  [
    'a model launched by a body is a ceremony',
    'Ra mắt mô hình Camera an ninh\n' +
      'Ngày 20/5, Công an xã Ia Pếch tổ chức ra mắt mô hình "Camera an ninh" tại thôn 2.',
    { type: 'lễ', organizer: 'Công an xã Ia Pếch', date: { day: 20, month: 5, year: null } },
  ],
  [
    'an organizer written lower-case after the date',
    'Phụ nữ huyện tổng kết năm 2024\n' +
      'Ngày 28/12, hội Liên hiệp phụ nữ huyện tổ chức hội nghị tổng kết công tác Hội năm 2024.',
    { type: 'hội nghị', organizer: 'hội Liên hiệp phụ nữ huyện' },
  ],
  [
    'a council that convenes its session holds it',
    'HĐND xã họp kỳ thứ 3\n' + 'Chiều 9/9, HĐND xã Tân Phú triệu tập kỳ họp thứ 3, khóa V.',
    { type: 'kỳ họp', organizer: 'HĐND xã Tân Phú' },
  ],
  [
    'a comma after the subject is not part of the organizer',
    'Phiên họp Thường trực HĐND\n' +
      'Sáng ngày 28/3, Thường trực HĐND huyện, tổ chức phiên họp thường kỳ lần thứ 28.',
    { type: 'phiên họp', organizer: 'Thường trực HĐND huyện' },
  ],
  [
    'a passive session has no organizer unless "do" names one',
    'Hội nghị tổng kết công tác năm 2024\n' +
      'Sáng 5/1, tại hội trường xã, Hội nghị tổng kết công tác năm 2024 đã được tổ chức.',
    { type: 'hội nghị', organizer: null },
  ],
  [
    'a numbered conference of an executive committee is held by the committee',
    'Hội nghị Ban Chấp hành Đảng bộ tỉnh\n' +
      'Ngày 29/9, Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh khóa XIX đã được tổ chức.',
    { type: 'hội nghị', organizer: 'Ban Chấp hành Đảng bộ tỉnh' },
  ],
  [
    'the issuer of the documents a conference studies does not hold it',
    'Hội nghị quán triệt Nghị quyết của Trung ương Đảng, Ban Thường vụ Tỉnh ủy\n' +
      'Sáng 3/4, các đại biểu dự hội nghị tại hội trường xã.',
    { type: 'hội nghị', organizer: null },
  ],
  [
    'nor does the issuer of the plans it puts into effect',
    'Hội nghị triển khai các văn bản của UBND tỉnh\n' + 'Các đại biểu dự hội nghị tại hội trường xã.',
    { type: 'hội nghị', organizer: null },
  ],
  [
    'a numbered conference "of" a body is still held by it',
    'Hội nghị lần thứ 15 của Ban Chấp hành Đảng bộ huyện\n' + 'Các đại biểu dự hội nghị tại hội trường.',
    { type: 'hội nghị', organizer: 'Ban Chấp hành Đảng bộ huyện' },
  ],
  [
    'a body that holds the local point of an online conference holds it where it is',
    'Tin tức\n' +
      'Chiều 5/3, Đảng ủy xã Vĩnh Hòa tổ chức điểm cầu trực tuyến theo dõi Hội nghị học tập Nghị quyết của Đảng.',
    { type: 'hội nghị', organizer: 'Đảng ủy xã Vĩnh Hòa' },
  ],
  [
    'a school written lower-case holds its opening ceremony',
    'Khai giảng năm học mới\n' +
      'Sáng 5/9, thầy và trò trường THCS Hòa Bình long trọng tổ chức lễ khai giảng năm học mới.',
    { type: 'lễ', organizer: 'trường THCS Hòa Bình' },
  ],
  [
    'a body that "has a working session" holds it',
    'Tin tức\n' + 'Chiều 28-10, Ban Chỉ đạo tỉnh đã có buổi làm việc với UBND huyện Mỹ Đức.',
    { type: 'buổi làm việc', organizer: 'Ban Chỉ đạo tỉnh' },
  ],
  [
    'a delegation led by an official has its working session in the province',
    'Tin tức\n' +
      'Chiều 28-10, Ban Chỉ đạo Trung ương Chương trình giảm nghèo do đồng chí Lê Văn D, cố vấn Ban Chỉ đạo làm trưởng đoàn đã có buổi làm việc tại tỉnh ta.',
    { type: 'buổi làm việc', organizer: 'Ban Chỉ đạo Trung ương Chương trình giảm nghèo' },
  ],
  [
    'an official who has a working session is no organizer',
    'Tin tức\n' + 'Chiều 28-10, đồng chí Lê Văn D đã có buổi làm việc với UBND huyện Mỹ Đức.',
    { type: 'buổi làm việc', organizer: null },
  ],
]

describe('extractEvents: composed articles', () => {
  it.each(ARTICLES)('%s', (_label, article, expected) => {
    for (const withDates of [true, false]) {
      const [event] = eventsOf(article, withDates)
      if (expected === null) expect(event).toBeUndefined()
      else expect(event).toMatchObject(expected)
    }
  })
})

describe('extractEvents: the list', () => {
  it('puts the reported event first and keeps the others', () => {
    const events = eventsOf(
      'Huyện đoàn tổ chức Hội thi tìm hiểu pháp luật\n' +
        'Ngày 5/5, Huyện đoàn Bá Thước tổ chức Hội thi tìm hiểu pháp luật năm 2024.\n' +
        'Hội thi là hoạt động chào mừng Đại hội Đoàn TNCS Hồ Chí Minh huyện lần thứ XX.',
    )
    expect(events.map((e) => [e.type, e.name])).toEqual([
      ['hội thi', 'Hội thi tìm hiểu pháp luật năm 2024'],
      ['đại hội', 'Đại hội Đoàn TNCS Hồ Chí Minh huyện lần thứ XX'],
    ])
  })
  it('leaves out an event named only as what a rally protects', () => {
    const events = eventsOf(
      'Công an huyện ra quân bảo đảm an ninh trật tự\n' +
        'Sáng 15/12, Công an huyện Hà Trung tổ chức lễ ra quân tấn công trấn áp tội phạm, đảm bảo an ninh trật tự Đại hội Đảng bộ tỉnh lần thứ XX và Tết Nguyên đán Ất Tỵ 2025.',
    )
    expect(events.map((e) => e.type)).toEqual(['lễ'])
  })
  it('does not read a body chosen to hold a pilot congress as holding one', () => {
    const events = eventsOf(
      'Hội Nông dân huyện đại hội nhiệm kỳ mới\n' +
        'Ngày 8/5, Hội Nông dân xã An Bình tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2023 - 2028.\n' +
        'Hội Nông dân huyện Tân Yên là đơn vị được Hội Nông dân tỉnh chọn tổ chức Đại hội điểm để rút kinh nghiệm.',
    )
    expect(events.map((e) => e.name)).toEqual(['Đại hội đại biểu lần thứ X, nhiệm kỳ 2023 - 2028'])
  })
  it('does not read the Youth Union after "phong trào" or "cán bộ" as a delegation', () => {
    const events = eventsOf(
      'Tuyên dương thanh niên tiêu biểu\n' +
        'Ngày 26/3, Huyện đoàn Yên Thành tổ chức Lễ tuyên dương thanh niên tiêu biểu năm 2024.\n' +
        'Trao kỷ niệm chương cho các cựu cán bộ Đoàn đã có nhiều đóng góp trong phong trào Đoàn của huyện.',
    )
    expect(events.map((e) => e.type)).toEqual(['lễ'])
  })
  it('dates a session the text plans by its planned day, not by the meeting that prepares it', () => {
    const events = eventsOf(
      'Phiên họp Thường trực HĐND huyện\n' +
        'Sáng ngày 28/3, Thường trực HĐND huyện tổ chức phiên họp thường kỳ, thống nhất nội dung chương trình kỳ họp thứ 12, HĐND huyện khóa XX.\n' +
        'Theo đó, Kỳ họp thứ 12, HĐND huyện khóa XX dự kiến sẽ tổ chức vào sáng ngày 05/04, tại Hội trường UBND huyện.',
    )
    expect(events[1]).toMatchObject({ type: 'kỳ họp', date: { day: 5, month: 4, year: null } })
  })
  it('dates no congress the meeting prepares or submits to', () => {
    const events = eventsOf(
      'Hội nghị Ban Chấp hành Đảng bộ huyện\n' +
        'Sáng ngày 12/11/2024, Ban Thường vụ Huyện ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 30 thông qua dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2025-2030.\n' +
        'Hội nghị cũng bàn công tác chuẩn bị Đại hội Chi bộ thôn Bắc, Đại hội Đảng bộ xã Yên Lạc lần thứ XV.',
    )
    expect(events[0]).toMatchObject({ type: 'hội nghị', date: { day: 12, month: 11, year: 2024 } })
    expect(events.slice(1).map((e) => [e.type, e.date])).toContainEqual(['đại hội', null])
    expect(events.slice(1).every((e) => e.date === null)).toBe(true)
  })
  it('dates an upcoming congress where the sentence says when it is held', () => {
    const events = eventsOf(
      'Hội nghị chuẩn bị đại hội\n' +
        'Sáng 3/3, Đảng ủy xã Yên Lạc tổ chức Hội nghị triển khai kế hoạch đại hội.\n' +
        'Theo kế hoạch, tiến tới Đại hội Đảng bộ xã Yên Lạc lần thứ XV sẽ diễn ra vào ngày 20/5.',
    )
    expect(events[1]).toMatchObject({ type: 'đại hội', date: { day: 20, month: 5, year: null } })
  })
  it('keeps no congress named as a document or as a class', () => {
    const events = eventsOf(
      'Hội nghị quán triệt Nghị quyết\n' +
        'Sáng 3/3, Đảng ủy xã Yên Lạc tổ chức Hội nghị quán triệt Chỉ thị số 35.\n' +
        'Hội nghị lắng nghe ý kiến các chi bộ về đại hội đảng bộ các cấp, góp phần đưa Nghị quyết Đại hội XIV của Đảng sớm đi vào cuộc sống.',
    )
    expect(events.map((e) => e.name)).toEqual(['Hội nghị quán triệt Chỉ thị số 35'])
  })
  it('does not read a posting as the place of an event', () => {
    const events = eventsOf(
      'Kỳ họp chuyên đề HĐND huyện\n' +
        'Sáng 1/3, HĐND huyện tổ chức kỳ họp thứ 11 khóa XX. Kỳ họp cho thôi làm nhiệm vụ đại biểu đối với ông Nguyễn Văn Bình do được điều động đến công tác tại Huyện ủy Lâm Bình.',
    )
    expect(events[0]).toMatchObject({ type: 'kỳ họp', location: null })
  })
  it('does not read a pilot congress as a congress', () => {
    const events = eventsOf(
      'Đại hội Chi bộ thôn Đông nhiệm kỳ 2025 - 2027\n' +
        'Ngày 10/4, Chi bộ thôn Đông tổ chức Đại hội Chi bộ thôn Đông nhiệm kỳ 2025 - 2027. Đây là chi bộ được Đảng ủy xã chọn là đại hội điểm rút kinh nghiệm.',
    )
    expect(events.map((e) => e.name)).toEqual(['Đại hội Chi bộ thôn Đông nhiệm kỳ 2025 - 2027'])
  })
  it('joins a shorter later mention of the same congress', () => {
    const events = eventsOf(
      'Đại hội Đảng bộ xã Định Tân lần thứ XXI\n' +
        'Ngày 5/5, Đảng bộ xã Định Tân tổ chức Đại hội đại biểu Đảng bộ xã Định Tân lần thứ XXI, nhiệm kỳ 2025 - 2030.\n' +
        'Các đại biểu thảo luận báo cáo chính trị trình Đại hội Đảng bộ xã lần thứ XXI.',
    )
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      organizer: 'Đảng bộ xã Định Tân',
      date: { day: 5, month: 5, year: null },
    })
  })
  it('joins a rally mentioned again without its holder', () => {
    const events = eventsOf(
      'Công an huyện ra quân trấn áp tội phạm\n' +
        'Sáng 2/3, Công an huyện Thọ Xuân tổ chức lễ ra quân tấn công trấn áp tội phạm năm 2025.\n' +
        'Gần 200 cán bộ, chiến sĩ đã dự lễ ra quân trấn áp tội phạm.',
    )
    expect(events).toHaveLength(1)
  })
  it('joins the headline and the lead mention of one event', () => {
    const events = eventsOf(
      'Lễ giao nhận quân năm 2024\nSáng 26/2, huyện Yên Thành tổ chức Lễ giao nhận quân huyện Yên Thành năm 2024.',
    )
    expect(events).toHaveLength(1)
  })
})

// Organizer phrases: [clause with the verb, subject as written or null].
const SUBJECTS: [string, string | null][] = [
  ['UBND huyện Ngọc Lặc vừa tổ chức', 'UBND huyện Ngọc Lặc'],
  ['Nhân dịp này, Huyện ủy, UBND huyện Ngọc Lặc đã trao', 'Huyện ủy, UBND huyện Ngọc Lặc'],
  ['Sáng ngày 26/02/2024 huyện Thường Xuân đã tổ chức', 'huyện Thường Xuân'],
  ['(QNO) - Sáng 7/6, UBND tỉnh tổ chức', 'UBND tỉnh'],
  ['QTO - Ngày 24/10, UBND huyện Hướng Hóa tổ chức', 'UBND huyện Hướng Hóa'],
  ['Chiều 12/02/2020, UBND tỉnh Hà Tĩnh đã tổ chức', 'UBND tỉnh Hà Tĩnh'],
  ['Hội Cựu chiến binh huyện Phù Cừ long trọng tổ chức', 'Hội Cựu chiến binh huyện Phù Cừ'],
  ['Huyện Đoàn Mỏ Cày Nam tổ chức', 'Huyện Đoàn Mỏ Cày Nam'],
  ['Chiều 15/8/2025, HĐND phường Bắc Gia Nghĩa, tỉnh Lâm Đồng tổ chức', 'HĐND phường Bắc Gia Nghĩa'],
  ['Sáng 20/12, HĐND huyện Thiệu Hoá khoá XX tổ chức', 'HĐND huyện Thiệu Hoá'],
  ['UBND huyện phối hợp với Hội Liên hiệp Phụ nữ huyện tổ chức', 'UBND huyện'],
  ['Thực hiện Kế hoạch của UBND tỉnh về tuyển chọn, gọi công dân nhập ngũ, UBND huyện tổ chức', 'UBND huyện'],
  [
    'Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã Hải Đường (huyện Hải Hậu) tổ chức',
    'Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã Hải Đường',
  ],
  ['VOV.VN - Sáng 12/3, Bộ Tư pháp tổ chức', 'Bộ Tư pháp'],
  ['(Baohaiduong.vn) - Ngày 5/4, Sở Y tế tổ chức', 'Sở Y tế'],
  ['- Chiều 20/6, Liên minh Hợp tác xã tỉnh tổ chức', 'Liên minh Hợp tác xã tỉnh'],
  ['Ban Chỉ đạo 389 thành phố sáng nay (25/8), tổ chức', 'Ban Chỉ đạo 389 thành phố'],
  ['Dưới sự chủ trì của đồng chí Hà Văn Tâm, Phó Bí thư Tỉnh ủy, UBND tỉnh tổ chức', 'UBND tỉnh'],
  ['Được sự đồng ý của Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy tổ chức', 'Ban Tuyên giáo Tỉnh ủy'],
  ['Trong 2 ngày 14 và 15/5, Liên đoàn Lao động tỉnh tổ chức', 'Liên đoàn Lao động tỉnh'],
  ['Nhân kỷ niệm 94 năm Ngày thành lập Hội, Hội Nông dân xã Yên Lạc tổ chức', 'Hội Nông dân xã Yên Lạc'],
  ['Tuần qua, Công an huyện Như Thanh tổ chức', 'Công an huyện Như Thanh'],
  ['Hội Liên hiệp Phụ nữ tỉnh (gọi tắt là Hội LHPN tỉnh) tổ chức', 'Hội Liên hiệp Phụ nữ tỉnh'],
  ['Trường THPT Lê Lợi (TP Thanh Hóa) tổ chức', 'Trường THPT Lê Lợi'],
  ['Đoàn Thanh niên xã Hải Nhân tổ chức', 'Đoàn Thanh niên xã Hải Nhân'],
  ['Thông tấn xã Việt Nam tổ chức', 'Thông tấn xã Việt Nam'],
  ['UBND huyện Tam Nông vừa ban hành kế hoạch tổ chức', null],
  ['Hội Doanh nghiệp nhỏ và vừa tỉnh tổ chức', 'Hội Doanh nghiệp nhỏ và vừa tỉnh'],
  ['Ngày 5/3, Đảng ủy phường Bến Thành (TPHCM) tổ chức', 'Đảng ủy phường Bến Thành'],
  [
    'Chiều 2/2, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam tổ chức',
    'Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam',
  ],
  ['Hội nghị đã trao', null],
  ['Đại hội đã trao', null],
  ['Đồng chí Nguyễn Văn A, Chủ tịch UBND huyện tổ chức', null],
  ['đồng chí Bí thư Huyện ủy đã trao', null],
  ['Lãnh đạo huyện trao', null],
  ['Các đại biểu đã tổ chức', null],
  ['Năm 2023, huyện đã tổ chức', null],
  // A body written lower-case before its capitalised name, and the people who act in its name.
  ['Sáng 5/9, trường THCS Hòa Bình tổ chức', 'trường THCS Hòa Bình'],
  ['Hôm nay, thầy và trò trường Tiểu học Kim Đồng long trọng tổ chức', 'trường Tiểu học Kim Đồng'],
  ['Cán bộ, giáo viên và học sinh Trường THPT Nguyễn Du tổ chức', 'Trường THPT Nguyễn Du'],
  ['thầy và trò nhà trường tổ chức', null],
  [
    'Hòa chung với không khí cả nước, hôm nay ngày 05 tháng 09 năm 2023, thầy và trò trường THCS An Lạc tổ chức',
    'trường THCS An Lạc',
  ],
  ['Hòa chung với không khí cả nước, trường THCS An Lạc tổ chức', null],
  ['Hòa chung với không khí cả nước, năm 2023, các đại biểu đã tổ chức', null],
  ['trường học trên địa bàn tổ chức', null],
  // Who leads a body's delegation is not the body.
  [
    'Ban Chỉ đạo Trung ương do đồng chí Trần Văn B, Phó Trưởng ban làm trưởng đoàn đã tổ chức',
    'Ban Chỉ đạo Trung ương',
  ],
  ['Sở Y tế do đồng chí Lê Văn C dẫn đầu tổ chức', 'Sở Y tế'],
  // A body's name ends before its act.
  ['Đảng ủy xã Bình Minh triển khai kế hoạch tổ chức', null],
  ['Ban Thường vụ Huyện ủy cũng chọn Chi bộ Trường THPT Lê Lợi chỉ đạo tổ chức', null],
  ['UBND huyện đang tổ chức', 'UBND huyện'],
  ['Hội Nông dân tỉnh Bắc Ninh phát động và tổ chức', null],
  ['Ban chỉ đạo thực hiện Quy chế dân chủ xã tổ chức', 'Ban chỉ đạo thực hiện Quy chế dân chủ xã'],
  ['Ban Quản lý dự án đầu tư xây dựng huyện tổ chức', 'Ban Quản lý dự án đầu tư xây dựng huyện'],
]

describe('subjectBefore', () => {
  it.each(SUBJECTS)('%s', (clause, expected) => {
    const text = `${clause} `
    const verb = Math.max(text.lastIndexOf(' tổ chức'), text.lastIndexOf(' trao')) + 1
    const found = subjectBefore(foldForMatching(text), verb)
    expect(found && text.slice(found.start, found.end)).toBe(expected)
  })
})

const STATED_DATES: [string, [number, number, number | null, string | null]][] = [
  ['Sáng 22/12, UBND huyện tổ chức', [22, 12, null, 'morning']],
  ['Chiều ngày 12/02/2020, UBND tỉnh', [12, 2, 2020, 'afternoon']],
  ['Ngày 24/10, UBND huyện', [24, 10, null, null]],
  ['Sáng nay (19/8), UBND huyện', [19, 8, null, 'morning']],
  ['Ngày 10 tháng 8 năm 2022, Huyện Đoàn', [10, 8, 2022, null]],
  ['Hôm qua 12.5, UBND tỉnh', [12, 5, null, null]],
  ['Tối 30/4, tại quảng trường', [30, 4, null, 'evening']],
  ['Trong các ngày 9, 10/6, Hội Nông dân tỉnh tổ chức', [9, 6, null, null]],
  ['Trong 2 ngày 9,10/6, Sở Y tế tổ chức', [9, 6, null, null]],
  ['Hôm nay, 15/8, UBND huyện tổ chức', [15, 8, null, null]],
  ['Đại hội diễn ra trong 2 ngày (từ 22 - 23/5) tại', [22, 5, null, null]],
  ['Ngày 5-6/9, Tỉnh Đoàn tổ chức', [5, 9, null, null]],
  ['Chiều qua (14/3), UBND tỉnh tổ chức', [14, 3, null, 'afternoon']],
  ['Từ ngày 12 đến 14/7, Huyện đoàn tổ chức', [12, 7, null, null]],
  ['đã tổ chức vào ngày 25/10/2023 tại', [25, 10, 2023, null]],
  ['Chiều nay(29/11), tại nhà thi đấu', [29, 11, null, 'afternoon']],
]

describe('recognizeStatedDates', () => {
  it.each(STATED_DATES)('%s', (text, [day, month, year, timeOfDay]) => {
    expect(recognizeStatedDates(foldForMatching(text))[0]).toMatchObject({ day, month, year, timeOfDay })
  })
  it.each([
    'theo Kế hoạch số 282/KH-UBND ngày 29/9/2023',
    'Sáng mùng 3 Tết, lãnh đạo tỉnh',
    'tỷ lệ đạt 12/15 chỉ tiêu',
    'tăng 5,2% so với năm 2022',
  ])('no event date: %s', (text) => {
    expect(recognizeStatedDates(foldForMatching(text))).toEqual([])
  })
})

const PLACES: [string, string | null][] = [
  ['Hội nghị diễn ra tại Hội trường UBND huyện.', 'Hội trường UBND huyện'],
  [
    'UBND tỉnh tổ chức lễ tại quảng trường trung tâm, với sự tham dự của 500 người.',
    'quảng trường trung tâm',
  ],
  ['tại Nhà văn hóa thôn 3 nhằm tuyên truyền', 'Nhà văn hóa thôn 3'],
  ['tại điểm cầu huyện Bảo Lạc', 'điểm cầu huyện Bảo Lạc'],
  ['Phát biểu tại hội nghị, đồng chí Bí thư', null],
  ['tại các điểm cầu trong tỉnh', null],
  ['tại địa phương', null],
]

describe('recognizeLocation', () => {
  it.each(PLACES)('%s', (text, expected) => {
    const found = recognizeLocation(foldForMatching(text))
    expect(found && text.slice(found.start, found.end)).toBe(expected)
  })
})

const CHAIRS: [string, string | null][] = [
  ['Đồng chí Lê Quang Trung, Chủ tịch UBND huyện chủ trì hội nghị.', 'Lê Quang Trung'],
  ['Hội nghị do đồng chí Đàm Văn Hưng, Bí thư Huyện ủy chủ trì.', 'Đàm Văn Hưng'],
  ['Đồng chí Đại tá Nguyễn Văn Hùng chủ trì buổi làm việc.', 'Nguyễn Văn Hùng'],
  ['Tham dự có đồng chí A Bảo; đồng chí Trần Thị Mai Hương chủ trì kỳ họp.', 'Trần Thị Mai Hương'],
  ['Dưới sự chủ trì của đồng chí Lê Văn Hòa, Giám đốc Sở, hội nghị đã thảo luận.', 'Lê Văn Hòa'],
  ['Chủ trì hội nghị có đồng chí Trịnh Văn Chiến, Bí thư Tỉnh ủy.', 'Trịnh Văn Chiến'],
  ['Đồng chí Phạm Thị Lan, Phó Chủ tịch UBND huyện chủ trì buổi làm việc.', 'Phạm Thị Lan'],
  ['Giao Sở Tài chính chủ trì, phối hợp với các ngành triển khai.', null],
  ['Đồng chí Lê Văn Hòa chủ trì, phối hợp với các đơn vị xây dựng kế hoạch.', null],
]

describe('recognizeChairName', () => {
  it.each(CHAIRS)('%s', (text, expected) => {
    const found = recognizeChairName(foldForMatching(text))
    expect(found && text.slice(found.start, found.end)).toBe(expected)
  })
})

const PERIODS: [string, string | null, string | null][] = [
  ['Hội nghị tổng kết công tác năm 2023, phương hướng nhiệm vụ năm 2024', 'năm 2023', 'năm 2024'],
  ['Hội nghị tổng kết thực hiện nhiệm vụ năm 2023, triển khai nhiệm vụ năm 2024', 'năm 2023', 'năm 2024'],
  ['Hội nghị sơ kết 6 tháng đầu năm 2024', '6 tháng đầu năm 2024', null],
  [
    'Hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024',
    null,
    '6 tháng cuối năm 2024',
  ],
  ['Hội nghị triển khai nhiệm vụ năm 2024', null, 'năm 2024'],
  ['Hội nghị tổng kết năm 2023 và phát động phong trào thi đua năm 2024', 'năm 2023', 'năm 2024'],
  ['Hội nghị tổng kết giai đoạn 2021 - 2025', 'giai đoạn 2021 - 2025', null],
  ['Hội nghị sơ kết quý I/2024, triển khai nhiệm vụ quý II/2024', 'quý I/2024', 'quý II/2024'],
  ['Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15', null, null],
]

describe('reviewAndPlan', () => {
  it.each(PERIODS)('%s', (name, review, plan) => {
    const found = reviewAndPlan(foldForMatching(name))
    const read = (r: { start: number; end: number } | null) => r && name.slice(r.start, r.end)
    expect([read(found.review), read(found.plan)]).toEqual([review, plan])
  })
})
