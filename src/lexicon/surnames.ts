/**
 * Family names. The first syllable of a full name is a strong cue that a capitalised run is a person
 * ("Phạm Tiến Dũng") rather than a place ("Ngọc Lặc"); it is not required after an honorific or a
 * rank, since many names of ethnic minorities start otherwise ("Y Ngọc", "H'Hen Niê"). Plain data.
 */
// biome-ignore format: a table reads better packed than one name a line
export const SURNAMES = [
  // Kinh family names, roughly by frequency
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
  'Ngô', 'Dương', 'Lý', 'Lương', 'Đinh', 'Trịnh', 'Đào', 'Đoàn', 'Vương', 'Trương', 'Mai', 'Tạ',
  'Cao', 'Lâm', 'Hà', 'Tô', 'Chu', 'Lưu', 'Thái', 'Tăng', 'Quách', 'Lại', 'Kiều', 'Châu', 'Mạc',
  'Tống', 'Triệu', 'Khúc', 'Khổng', 'Phùng', 'Lã', 'Lò', 'Cù', 'Cao', 'Diệp', 'Doãn', 'Đàm',
  'Đậu', 'Đồng', 'Giang', 'Giáp', 'Hứa', 'Khương', 'Kim', 'La', 'Lạc', 'Lục', 'Mẫn', 'Nghiêm',
  'Ninh', 'Nông', 'Ông', 'Phí', 'Quan', 'Quản', 'Sầm', 'Sử', 'Thạch', 'Thân', 'Tôn', 'Từ',
  'Ung', 'Vi', 'Viên', 'Âu', 'Bạch', 'Bế', 'Cấn', 'Chế', 'Chử', 'Công', 'Cung', 'Dư', 'Đái',
  'Đường', 'Hàn', 'Hầu', 'Hoa', 'Hồng', 'Kha', 'Khuất', 'Khúc', 'Lạng', 'Lường', 'Mã', 'Mạch',
  'Mông', 'Nhữ', 'Ôn', 'Phương', 'Quang', 'Tiêu', 'Trình', 'Ứng', 'Vưu', 'Yên', 'Ma',
  'Âu Dương', 'Bành', 'Biện', 'Bồ', 'Cổ', 'Diêm', 'Đăng', 'Đới', 'Giản', 'Hạ', 'Hoàng Phủ', 'Lăng',
  'Lều', 'Lôi', 'Mầu', 'Ngọ', 'Nguỵ', 'Phùng', 'Tào', 'Thiều', 'Thịnh', 'Tòng', 'Trang', 'Uông',
  'Vàng', 'Vy', 'Xa', 'Tưởng', 'Chung', 'Ân', 'Khiếu', 'Mạnh', 'Tiết', 'Sái', 'Đồ', 'Hàm', 'Nhan', 'Cáp',
  // Tày, Nùng, Thái, Mường, Dao, H'Mông and other northern peoples
  'Cầm', 'Quàng', 'Lừ', 'Lù', 'Sùng', 'Giàng', 'Thào', 'Mùa', 'Hạng', 'Lầu', 'Má', 'Ly', 'Tráng',
  'Mua', 'Sồng', 'Cứ', 'Chảo', 'Bàn', 'Tẩn', 'Pờ', 'Hờ', 'Chang', 'Vừ', 'Chá', 'Sình', 
  'Mè', 'Khà', 'Xồng', 'Lỳ', 'Sèn', 'Lèo', 'Sa', 'Lồ', 'Phàn', 'Sần', 'Lô', 'Cà', 'Điêu', 'Hù', 'Chẻo',
  'Vù', 'Pàn', 'Lìu',
  // Central Highlands and southern peoples
  'Ksor', 'Rơ Châm', 'Rơ Mah', 'Siu', 'Nay', 'Rcom', 'Kpă', 'Rahlan', 'Niê', 'Mlô', 'Ayun',
  'Điểu', 'Danh', 'Sơn', 'Kiên', 'Lâm', 'Thạch', 'Kim', 'Y', 'H', 'Bơ', 'Rah Lan', 'Rmah', 'Rcom',
  'Byă', 'Đàng', 'Chamaléa', 'Pi Năng', 'Katơr'
] as const
