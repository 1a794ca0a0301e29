/** Site furniture that is not article content. Plain data. */

/** Lines that start the trailing widgets: everything from here to the end is not the article. */
export const TRAILING_WIDGETS = [
  'Tin liên quan',
  'Tin cùng chuyên mục',
  'Tin khác',
  'Các tin khác',
  'Bài viết liên quan',
  'Thăm dò ý kiến',
  'noData',
  'Không có dữ liệu',
  'Bản in',
  'Gởi bài viết',
  'Gửi bài viết',
  'Gửi email',
  '[Trở về]',
  'Trở về',
  'Quay lại',
  'Chia sẻ',
  'Thời tiết',
  'Ý kiến bạn đọc',
  'Bình luận',
  'Xem thêm',
  'In bài viết',
  'Lượt xem',
] as const

/** Lines of navigation before the headline. */
export const NAVIGATION = [
  'Trang chủ',
  'Giới thiệu',
  'Tin tức',
  'Tin tức - Sự kiện',
  'Tin tức sự kiện',
  'Hoạt động',
  'Liên hệ',
  'Đăng nhập',
  'Tìm kiếm',
  'Sơ đồ cổng',
  'Văn bản',
  'Thủ tục hành chính',
  'Hỏi đáp',
  'English',
  'Cỡ chữ',
] as const

/** Byline prefixes: "Tác giả: Minh Phương", "Tin, ảnh: Hoàng Anh". */
export const BYLINE_PREFIXES = [
  'Tác giả',
  'Tin và ảnh',
  'Tin, ảnh',
  'Bài và ảnh',
  'Bài, ảnh',
  'Người viết',
  'Theo',
] as const

/** Photo credit prefixes: "Ảnh: Đinh Yến". */
export const CREDIT_PREFIXES = ['Ảnh', 'Nguồn ảnh', 'Ảnh minh họa'] as const
