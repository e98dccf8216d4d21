"""Sở Giáo dục và Đào tạo tỉnh Lai Châu: WordPress 5.2 (never updated), Twenty Sixteen + child theme.

Platform
--------
WordPress 5.2.x in Vietnamese with the parent theme Twenty Sixteen and a child theme
``twentysixteen-sgdlc`` (a top bar with today's date and a hotline, a banner, Breadcrumb NavXT
breadcrumbs, a footer with the department's address). Classic Editor (wpautop paragraphs,
``text-align: justify`` buttons, ``[caption]`` and ``[gallery]`` shortcodes), classic widgets in
``#secondary``: search, a text widget "Thông tin cần biết" of hand-written links, "Bài viết mới",
the "Lưu trữ" month dropdown (``<select>`` with ``onchange``), "Chuyên mục" with counts and child
categories, a calendar (Jetpack Widget Visibility: on the home page only) and a text widget with
a visitor counter. Jetpack 7.x modules: Open Graph tags, Sharing ("Chia sẻ:"), Likes ("Thích:"),
Related Posts (rendered on the server), Lazy Images. ``posts_per_page`` = 5 everywhere.

URL scheme
----------
- ``/`` blog home (full posts, sticky first), ``/page/N/``.
- ``/category/tin-tuc/`` (parent, lists its children's posts too),
  ``/category/tin-tuc/hoat-dong-cua-so/``, ``/category/tin-tuc/tin-tu-co-so/``,
  ``/category/thong-bao/``, each with ``/page/N/``.
- ``/YYYY/MM/`` month archives (+ ``/page/N/``), ``/YYYY/MM/DD/`` day archives (linked from the
  calendar), ``/tag/<slug>/``, ``/author/<nicename>/`` (+ ``/page/N/``).
- Posts ``/YYYY/MM/DD/<slug>/``; a ``<!--nextpage-->`` post has ``/YYYY/MM/DD/<slug>/2/``;
  gallery images have attachment pages ``/YYYY/MM/DD/<slug>/<attachment-slug>/``.
- ``/?p=<id>`` (shortlinks, and the text widget's old hand-written links): 301 to the permalink;
  an id that no longer exists: 404.
- Pages ``/gioi-thieu/``, ``/co-cau-to-chuc/``, ``/lien-he/``; uploads
  ``/wp-content/uploads/YYYY/MM/<file>``; ``/feed/``; ``/?s=`` search; ``/wp-json/`` answers 401
  (a "disable REST API" plugin); ``/wp-admin/…`` redirects to ``/wp-login.php``.

Page templates
--------------
single (``content-single.php``): breadcrumbs, ``h1.entry-title``, ``div.entry-summary`` (the
manual excerpt, when there is one), ``div.post-thumbnail`` (featured image), ``div.entry-content``
(the text, then Jetpack's share/like/related blocks, ``.page-links`` and the author box),
``footer.entry-footer`` (account, "Đăng ngày", "Chuyên mục", "Thẻ", sometimes "Sửa"), then the
"Trước / Tiếp theo" post navigation. Listings (``content.php``): every post printed in full up to
its ``<!--more-->`` with "Đọc tiếp" to ``permalink#more-ID``, and the ``nav.pagination .nav-links``
numeric pagination.

How each gold article is reached
--------------------------------
hoat-dong-cua-so (8 posts with the secondary-filed 2258): page 1 has 2291 2279 2266 2258 2240,
page 2 has 2198 2207 2190. tin-tu-co-so: 2287 2251 2233. thong-bao: 2284 2258 2219 and the
protected 2270. Home pages: 1 = sticky 2207 + 2291 2284 2279 2287 2266, 2 = 2270 2258 2240 2251
2233, 3 = 2219 2198 2207 2190. 2198 and 2190 are reached only from page 2+ of a listing (home,
categories, author "admin"), from the October month archive (which is linked only as an
``<option>`` of the dropdown) and from the post navigation. 2219 and 2251 are also linked from
the text widget as ``/?p=<id>``.

Traps
-----
1. Listings print whole posts (Twenty Sixteen shows ``the_content`` up to ``<!--more-->``, and
   posts without a more tag in full) and the sticky post 2207 (October) is printed first on home
   page 1, above December's posts, and again on page 3 in its place. Gold: listings are not
   articles; 2207 is one record with its own date; ``#more-ID`` links are the permalink.
2. The date is at the bottom, in the entry-footer, in the vi locale's default format ("Đăng ngày
   Tháng Mười Hai 4, 2026 lúc 3:10 chiều": month in words before the day, 12-hour clock with
   sáng/chiều), immediately followed by the CSS-hidden ``<time class="updated">`` of the last edit
   (2279 prints "Tháng Mười Hai 3, 2026 lúc 9:12 sáng" there); Jetpack's
   ``article:published_time`` is printed in UTC (+00:00). Gold: the published time in +07:00
   ("2026-12-01T14:00:00+07:00" for 2279), never the update, never the header's "Thứ Bảy,
   05/12/2026".
3. Jetpack Lazy Images: every ``<img>`` of a post has ``src`` = ``…/lazy-images/images/
   1x1.trans.gif``, ``srcset`` = a data: GIF, the real file in ``data-lazy-src`` with
   ``?is-pending-load=1`` appended, and the clean ``<img>`` inside ``<noscript>``. Gold: the image
   path is the clean upload path (no query string, not the placeholder).
4. The featured image (``div.post-thumbnail``, 1200x800 size) printed between the headline and
   the text is the same upload as the text's first photo (1024x683 size; gallery posts: a
   gallery photo). Gold: the photo is counted once, with the src and caption of its place in the
   text; the thumbnail and og:image variants are not extra images.
5. 2240 is split with ``<!--nextpage-->``: "Trang: 1 2" links to ``…/<slug>/2/`` (same title,
   excerpt, thumbnail; canonical to itself; ``<title>`` gets "– Trang 2"). Gold: one article at
   page 1 whose body is page 1's paragraphs then page 2's (byline on page 2); ``…/2/`` is in its
   ``alt_paths``.
6. The gallery of 2287 links its thumbnails to attachment pages under the post's own URL
   (``…/truong-ptdtbt-…-doc-sach/img_0345/``): single-like pages with an ``h1`` "IMG_0345", an
   entry-content, an entry-footer with a date and "Đăng trong <post>". Gold: attachment pages are
   NON_ARTICLES; the article's images are the three gallery thumbnails as printed
   (``IMG_0345-150x150.jpg``…) with the ``gallery-caption`` as caption (the third has none).
7. 2258 is filed under two categories: the entry-footer prints "Hoạt động của Sở, Thông báo"
   (alphabetical) and the post is in both listings, while the breadcrumb (primary category)
   prints "Thông báo". Gold: category "Thông báo".
8. 2270 is password-protected: listed everywhere as "Được bảo vệ: …" with a password form
   instead of text. Gold: not an article (in NON_ARTICLES).
9. Inside ``div.entry-content`` after the text: Jetpack "Chia sẻ:" and "Thích: … Đang tải...",
   Jetpack Related Posts on 2291 and 2266 ("Có liên quan": other posts' titles, thumbnails, dates "Tháng Mười Một
   20, 2026" and context "Trong “Hoạt động của Sở”", links with ``?relatedposts_hit=1&
   relatedposts_origin=…&relatedposts_position=…``), and for the account "Quản trị Sở GD&ĐT" (it
   has a profile description) the Twenty Sixteen author box "Tác giả: … / Xem tất cả các bài viết
   của …". Gold: none of it is body or images; the related URLs are the other articles'
   ``alt_paths``; the account in the entry-footer and the author box is a CMS account (nobody):
   the authors are the byline at the end of the text, if any.
10. ``/?p=<id>`` links (text widget, ``rel=shortlink``) answer 301 to the permalink; ``/?p=1876``
    (a deleted post) answers 404. Gold: the permalink; ``/?p=<id>`` in ``alt_paths``.
11. 2190 predates the slug-transliteration plugin: its slug is Vietnamese, percent-encoded in
    lower case (``/2026/10/07/s%e1%bb%9f-gi%c3%a1o-d%e1%bb%a5c-…/``). Gold: that path as linked.
12. The page cache kept one post (2240) rendered for a logged-in editor: its footer has "Sửa" to
    ``/wp-admin/post.php?post=2240&action=edit``, which redirects to ``/wp-login.php``. Gold:
    nothing (a login page is no article).
13. wptexturize: quotes, dashes and ellipses in titles and text are printed as ``&#8220;``
    ``&#8221;`` ``&#8211;`` ``&#8230;``. Gold: the characters “ ” – ….
14. Also (kinds the house already knows): bylines as right-aligned last paragraphs ("Tin, ảnh:",
    "Bài, ảnh: X (Phòng GD&ĐT Mường Tè)", "Tin: X - Ảnh: Y", units signing alone), a "Nguồn:"
    line, captions as ``figcaption``, as an italic centred line under the picture, in
    parentheses, or only "Ảnh: Tùng Lâm"; a table of an exam schedule; an official notice with a
    letterhead table (2219); "Tải về:" / "Xem chi tiết:" / "Xem thêm:" lines; ``<p>&nbsp;</p>``
    spacers.

Gold decisions on ambiguous points
----------------------------------
- ``published_at`` is the entry-footer's "Đăng ngày" (= ``time.entry-date.published``) with its
  minute; 2219 is an official notice: the letterhead's day ("2026-10-27"), signer as author.
- The manual excerpt (``div.entry-summary``) is the summary and the body's first paragraph; a
  bold first paragraph is a sapo too (2291, 2207).
- A split post's body joins its pages; its images are those of both pages.
- The featured image is not counted apart from its copy in the text (trap 4); gallery images are
  the printed thumbnails.
- Unit bylines ("Văn phòng Sở", "Phòng Quản lý chất lượng", "Phòng Giáo dục Trung học") are
  the author as printed; a "(unit)" after a name is dropped.
- Category is the breadcrumb's last category (the child category, not "Tin tức").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
)

NAME = "wp_twentysixteen_classic_widgets_sgddt"
PLATFORM = "WordPress 5.2 + Twenty Sixteen child theme, Classic Editor, classic widgets, Jetpack 7"
START_PATH = "/"

SITE_NAME = "Sở GD&ĐT Lai Châu"
TAGLINE = "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Lai Châu"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5
LAZY_GIF = "/wp-content/plugins/jetpack/modules/lazy-images/images/1x1.trans.gif"
DATA_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

# --- categories, accounts, tags ----------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    slug: str
    name: str
    parent: str | None = None
    desc: str = ""

    @property
    def path(self) -> str:
        return f"/category/{self.parent}/{self.slug}/" if self.parent else f"/category/{self.slug}/"


CATS = {
    "tin-tuc": Cat("tin-tuc", "Tin tức", desc="Tin hoạt động của ngành Giáo dục tỉnh Lai Châu."),
    "hoat-dong-cua-so": Cat("hoat-dong-cua-so", "Hoạt động của Sở", "tin-tuc"),
    "tin-tu-co-so": Cat("tin-tu-co-so", "Tin từ cơ sở", "tin-tuc"),
    "thong-bao": Cat("thong-bao", "Thông báo"),
}
CAT_IDS = {"tin-tuc": 3, "hoat-dong-cua-so": 7, "tin-tu-co-so": 8, "thong-bao": 4}

ACCOUNTS = {
    "admin": {"name": "admin", "id": 1, "bio": ""},
    "quantri-sgd": {
        "name": "Quản trị Sở GD&ĐT",
        "id": 3,
        "bio": "Tài khoản cập nhật tin bài của Cổng thông tin điện tử Sở Giáo dục và Đào tạo "
        "tỉnh Lai Châu. Mọi ý kiến đóng góp xin gửi về hộp thư sgddt@laichau.gov.vn.",
    },
}
TAGS = {"nam-hoc-2026-2027": "năm học 2026-2027", "chuyen-doi-so": "chuyển đổi số"}


# --- the articles ------------------------------------------------------------------------------

U = "/wp-content/uploads"


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


STORIES: list[Story] = [
    Story(
        id=2291,
        slug="hoi-nghi-giao-ban-cong-tac-giao-duc-thang-11-nam-2026",
        title="Hội nghị giao ban công tác giáo dục tháng 11 năm 2026",
        cat="hoat-dong-cua-so",
        published_at="2026-12-04T15:10:00+07:00",
        summary="Chiều 04/12, Sở Giáo dục và Đào tạo tổ chức hội nghị giao ban trực tuyến công tác giáo dục tháng 11, triển khai nhiệm vụ trọng tâm tháng 12 năm 2026 với 8 điểm cầu tại các phòng giáo dục và đào tạo huyện, thành phố.",
        blocks=[
            P("Chiều 04/12, Sở Giáo dục và Đào tạo tổ chức hội nghị giao ban trực tuyến công tác giáo dục tháng 11, triển khai nhiệm vụ trọng tâm tháng 12 năm 2026 với 8 điểm cầu tại các phòng giáo dục và đào tạo huyện, thành phố.", "lead"),
            Img(f"{U}/2026/12/giao-ban-thang-11-1024x683.jpg", "Đồng chí Giám đốc Sở Giáo dục và Đào tạo phát biểu chỉ đạo tại hội nghị.", "Đồng chí Giám đốc Sở Giáo dục và Đào tạo phát biểu chỉ đạo tại hội nghị.", "figure"),
            P("Tham dự tại điểm cầu Sở có đồng chí Giám đốc Sở; các đồng chí Phó Giám đốc Sở; trưởng, phó các phòng chuyên môn, nghiệp vụ thuộc Sở. Tại các điểm cầu huyện, thành phố có lãnh đạo phòng giáo dục và đào tạo, chuyên viên và hiệu trưởng các trường học trên địa bàn."),
            P("Theo báo cáo tại hội nghị, trong tháng 11, toàn ngành tập trung tổ chức các hoạt động thi đua chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026); duy trì sĩ số học sinh, đặc biệt là học sinh bán trú ở các xã vùng cao; hoàn thành kiểm tra chuyên đề tại 46 cơ sở giáo dục. Tỷ lệ học sinh đi học chuyên cần toàn tỉnh đạt 98,6%, tăng 0,4% so với cùng kỳ năm trước."),
            P("Công tác chuẩn bị cho mùa đông được các địa phương quan tâm: 100% trường phổ thông dân tộc bán trú đã bổ sung chăn, đệm, nước nóng cho học sinh ở bán trú; các huyện Mường Tè, Sìn Hồ, Phong Thổ đã xây dựng phương án cho học sinh nghỉ học khi nhiệt độ xuống dưới 7°C."),
            Img(f"{U}/2026/12/giao-ban-diem-cau-1024x576.jpg", "Các đại biểu dự hội nghị tại điểm cầu Sở.", "Các đại biểu dự hội nghị tại điểm cầu Sở.", "figure"),
            P("Phát biểu kết luận, đồng chí Giám đốc Sở đề nghị các đơn vị tiếp tục rà soát, tham mưu cấp ủy, chính quyền địa phương bố trí đủ giáo viên cho các môn học mới; chủ động phòng, chống rét cho học sinh; chuẩn bị tốt các điều kiện cho kỳ thi chọn học sinh giỏi cấp tỉnh và kiểm tra cuối học kỳ I."),
            P("Đồng chí cũng lưu ý các phòng giáo dục và đào tạo đẩy mạnh chuyển đổi số trong quản lý, cập nhật đầy đủ, chính xác dữ liệu trên cơ sở dữ liệu ngành trước ngày 20/12/2026."),
            Raw("<p>&nbsp;</p>"),
            _right("<strong>Văn phòng Sở</strong>"),
        ],
        authors=["Văn phòng Sở"],
        opts={"dt": "2026-12-04 15:10", "account": "admin", "tags": ["nam-hoc-2026-2027"],
              "thumb": f"{U}/2026/12/giao-ban-thang-11", "more": 2, "related": [2266, 2279, 2240]},
    ),
    Story(
        id=2284,
        slug="lich-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        title="Lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
        cat="thong-bao",
        published_at="2026-12-04T08:20:00+07:00",
        blocks=[
            P("Sở Giáo dục và Đào tạo thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 trung học phổ thông năm học 2026-2027 như sau:"),
            P("1. Thời gian, địa điểm", "bold"),
            P("Kỳ thi được tổ chức trong hai ngày 17 và 18/12/2026 tại Hội đồng thi Trường THPT Chuyên Lê Quý Đôn, thành phố Lai Châu. Thí sinh có mặt tại địa điểm thi lúc 13 giờ 30 ngày 16/12/2026 để làm thủ tục dự thi."),
            P("2. Lịch thi cụ thể", "bold"),
            P("Ngày | Buổi | Môn thi | Thời gian làm bài", "tr"),
            P("17/12/2026 | Sáng | Ngữ văn, Lịch sử, Địa lí | 180 phút", "tr"),
            P("17/12/2026 | Chiều | Tiếng Anh | 180 phút", "tr"),
            P("18/12/2026 | Sáng | Toán, Vật lí, Hóa học, Sinh học | 180 phút", "tr"),
            P("18/12/2026 | Chiều | Tin học | 180 phút", "tr"),
            P("3. Lưu ý", "bold"),
            P("Thí sinh mang theo thẻ học sinh hoặc thẻ căn cước; chỉ được mang vào phòng thi bút viết, thước kẻ, máy tính cầm tay không có chức năng soạn thảo văn bản và không có thẻ nhớ. Các đơn vị có học sinh dự thi cử giáo viên quản lý đội tuyển, chịu trách nhiệm đưa đón và bảo đảm an toàn cho học sinh trong thời gian dự thi."),
            P("Mọi thông tin chi tiết xin liên hệ Phòng Quản lý chất lượng, Sở Giáo dục và Đào tạo, điện thoại 0213.3876.318."),
            Raw(f'<p>Tải về: <a href="{U}/2026/12/Lich-thi-HSG-12-2026.pdf">Lich-thi-HSG-12-2026.pdf</a></p>'),
            _right("<strong>Phòng Quản lý chất lượng</strong>"),
        ],
        authors=["Phòng Quản lý chất lượng"],
        opts={"dt": "2026-12-04 08:20", "account": "quantri-sgd", "tags": ["nam-hoc-2026-2027"],
              "more": 1},
    ),
    Story(
        id=2279,
        slug="tap-huan-khai-thac-phan-mem-quan-ly-truong-hoc-cho-can-bo-quan-ly-cac-truong-truc-thuoc",
        title="Tập huấn khai thác phần mềm quản lý trường học cho cán bộ quản lý các trường trực thuộc",
        cat="hoat-dong-cua-so",
        published_at="2026-12-01T14:00:00+07:00",
        blocks=[
            P("Từ ngày 30/11 đến 01/12/2026, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn khai thác, sử dụng phần mềm quản lý trường học và học bạ số cho hơn 120 cán bộ quản lý, nhân viên văn thư, giáo vụ các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp – giáo dục thường xuyên trực thuộc Sở."),
            Img(f"{U}/2026/12/tap-huan-phan-mem-1024x768.jpg", "Ảnh: Tùng Lâm", None, "figure"),
            P("Tại lớp tập huấn, học viên được hướng dẫn quy trình cập nhật hồ sơ học sinh, nhập điểm, ký số học bạ và kết nối dữ liệu với cơ sở dữ liệu ngành. Báo cáo viên dành nhiều thời gian giải đáp các vướng mắc thường gặp như đồng bộ danh sách lớp, phân quyền tài khoản giáo viên, xử lý dữ liệu học sinh chuyển trường."),
            P("Theo kế hoạch, từ học kỳ II năm học 2026-2027, 100% trường trung học phổ thông trên địa bàn tỉnh triển khai học bạ số đối với học sinh lớp 10 và lớp 11; các trường trung học cơ sở thực hiện thí điểm tại 12 đơn vị."),
            P("Kết thúc lớp tập huấn, các học viên đều hoàn thành bài thực hành trên môi trường thử nghiệm của phần mềm."),
            _right("<strong>Hoàng Minh Thu</strong>"),
        ],
        authors=["Hoàng Minh Thu"],
        photographers=["Tùng Lâm"],
        opts={"dt": "2026-12-01 14:00", "modified": "2026-12-03 09:12", "account": "admin",
              "tags": ["chuyen-doi-so"], "thumb": f"{U}/2026/12/tap-huan-phan-mem", "more": 1},
    ),
    Story(
        id=2287,
        slug="truong-ptdtbt-th-pa-ve-su-to-chuc-ngay-hoi-doc-sach",
        title="Trường PTDTBT TH Pa Vệ Sử tổ chức Ngày hội đọc sách",
        cat="tin-tu-co-so",
        published_at="2026-12-01T08:45:00+07:00",
        blocks=[
            P("Nhằm xây dựng văn hóa đọc cho học sinh vùng cao, ngày 28/11/2026, Trường Phổ thông dân tộc bán trú Tiểu học Pa Vệ Sử (huyện Mường Tè) tổ chức Ngày hội đọc sách với chủ đề “Mỗi cuốn sách – một người bạn”."),
            P("Ngày hội thu hút hơn 300 học sinh các điểm trường tham gia với nhiều hoạt động như: trưng bày sách theo chủ đề, kể chuyện theo sách, vẽ tranh về nhân vật em yêu thích, thi đọc diễn cảm bằng tiếng Việt. Nhiều học sinh người La Hủ mạnh dạn kể lại câu chuyện đã đọc trước đông đủ thầy cô và bạn bè."),
            Img(f"{U}/2026/12/IMG_0345-150x150.jpg", "Học sinh tham quan gian trưng bày sách.", "Học sinh tham quan gian trưng bày sách.", "gallery"),
            Img(f"{U}/2026/12/IMG_0351-150x150.jpg", "Phần thi kể chuyện theo sách của học sinh lớp 4.", "Phần thi kể chuyện theo sách của học sinh lớp 4.", "gallery"),
            Img(f"{U}/2026/12/IMG_0362-150x150.jpg", None, None, "gallery"),
            P("Thầy giáo Lý Xá Ca, Hiệu trưởng nhà trường cho biết: “Thư viện của trường mới có khoảng 2.000 đầu sách, chủ yếu là sách giáo khoa và sách tham khảo. Qua ngày hội, nhà trường mong muốn nhận được thêm sự chung tay của các tổ chức, cá nhân để làm phong phú tủ sách cho các em”."),
            P("Dịp này, Đoàn Thanh niên Sở Giáo dục và Đào tạo đã trao tặng nhà trường 450 cuốn sách thiếu nhi và 02 tủ sách lớp học."),
            _right("<em><strong>Tin, ảnh: Vàng Thị Sua (Trường PTDTBT TH Pa Vệ Sử)</strong></em>"),
        ],
        authors=["Vàng Thị Sua"],
        photographers=["Vàng Thị Sua"],
        opts={"dt": "2026-12-01 08:45", "account": "quantri-sgd",
              "thumb": f"{U}/2026/12/IMG_0345", "more": 1},
    ),
    Story(
        id=2266,
        slug="lanh-dao-tinh-tham-chuc-mung-nganh-giao-duc-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Lãnh đạo tỉnh thăm, chúc mừng ngành Giáo dục nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="hoat-dong-cua-so",
        published_at="2026-11-20T14:30:00+07:00",
        summary="Nhân dịp kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11, sáng 19/11, đoàn công tác của Tỉnh ủy, HĐND, UBND tỉnh đã đến thăm, tặng hoa chúc mừng Sở Giáo dục và Đào tạo và Trường THPT Chuyên Lê Quý Đôn.",
        sapo_outside=True,
        blocks=[
            Img(f"{U}/2026/11/lanh-dao-tinh-tham-sgd-1024x683.jpg", "Đồng chí Bí thư Tỉnh ủy tặng hoa chúc mừng cán bộ, công chức Sở Giáo dục và Đào tạo.", "Đồng chí Bí thư Tỉnh ủy tặng hoa chúc mừng cán bộ, công chức Sở Giáo dục và Đào tạo.", "figure"),
            P("Thay mặt lãnh đạo tỉnh, đồng chí Bí thư Tỉnh ủy ghi nhận, đánh giá cao những nỗ lực của đội ngũ cán bộ quản lý, nhà giáo và người lao động trong ngành. Trong điều kiện còn nhiều khó khăn, ngành Giáo dục Lai Châu đã duy trì vững chắc kết quả phổ cập giáo dục, chất lượng giáo dục mũi nhọn có nhiều chuyển biến, tỷ lệ học sinh tốt nghiệp trung học phổ thông năm 2026 đạt 98,9%."),
            P("Đồng chí đề nghị ngành tiếp tục tham mưu thực hiện hiệu quả các nghị quyết của Tỉnh ủy về phát triển giáo dục và đào tạo; chăm lo đời sống, điều kiện làm việc của giáo viên ở vùng đặc biệt khó khăn; quan tâm bồi dưỡng đội ngũ đáp ứng yêu cầu đổi mới chương trình, sách giáo khoa."),
            Img(f"{U}/2026/11/tham-truong-chuyen-1024x683.jpg", "Đoàn công tác thăm, chúc mừng thầy và trò Trường THPT Chuyên Lê Quý Đôn.", "Đoàn công tác thăm, chúc mừng thầy và trò Trường THPT Chuyên Lê Quý Đôn.", "figure"),
            P("Thay mặt cán bộ, nhà giáo và người lao động toàn ngành, đồng chí Giám đốc Sở Giáo dục và Đào tạo trân trọng cảm ơn sự quan tâm của lãnh đạo tỉnh và hứa sẽ tiếp tục đoàn kết, khắc phục khó khăn, hoàn thành tốt nhiệm vụ năm học 2026-2027."),
            P("Cùng ngày, các đồng chí lãnh đạo tỉnh đã chia thành các đoàn đến thăm, chúc mừng các trường học, nhà giáo tiêu biểu tại các huyện Tân Uyên, Than Uyên và Nậm Nhùn."),
            _right("<strong>Minh Đức</strong>"),
            _right("<em>Nguồn: Báo Lai Châu điện tử</em>"),
        ],
        authors=["Minh Đức"],
        source="Báo Lai Châu điện tử",
        opts={"dt": "2026-11-20 14:30", "account": "admin",
              "thumb": f"{U}/2026/11/lanh-dao-tinh-tham-sgd", "more": 2,
              "related": [2291, 2258, 2207]},
    ),
    Story(
        id=2258,
        slug="ke-hoach-to-chuc-hoi-thi-giao-vien-day-gioi-cap-tinh-cap-trung-hoc-co-so-nam-hoc-2026-2027",
        title="Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh cấp Trung học cơ sở năm học 2026-2027",
        cat="thong-bao",
        published_at="2026-11-20T08:00:00+07:00",
        blocks=[
            P("Ngày 18/11/2026, Sở Giáo dục và Đào tạo ban hành Kế hoạch số 2046/KH-SGDĐT tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh cấp Trung học cơ sở năm học 2026-2027."),
            P("Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, tích cực đổi mới phương pháp dạy học theo định hướng phát triển phẩm chất, năng lực học sinh; tạo cơ hội để giáo viên giao lưu, học tập kinh nghiệm lẫn nhau."),
            P("Đối tượng dự thi là giáo viên đang trực tiếp giảng dạy tại các trường trung học cơ sở, trường phổ thông dân tộc bán trú, trường phổ thông dân tộc nội trú có cấp trung học cơ sở, đã đạt danh hiệu giáo viên dạy giỏi cấp huyện trong năm học liền kề."),
            P("Mỗi giáo viên dự thi phải thực hiện các nội dung sau:"),
            P("Trình bày biện pháp nâng cao chất lượng giảng dạy, giáo dục học sinh tại đơn vị;", "li"),
            P("Thực hành dạy 02 tiết, trong đó 01 tiết do giáo viên tự chọn và 01 tiết do Ban tổ chức bốc thăm;", "li"),
            P("Nộp hồ sơ bài dạy minh họa kèm theo kế hoạch bài dạy trước ngày 15/01/2027.", "li"),
            P("Hội thi dự kiến tổ chức từ ngày 08 đến 12/3/2027 tại thành phố Lai Châu. Các phòng giáo dục và đào tạo gửi danh sách giáo viên dự thi về Sở (qua Phòng Giáo dục Trung học) trước ngày 20/02/2027."),
            Raw(f'<p><strong>Xem chi tiết:</strong> <a href="{U}/2026/11/KH-2046-SGDDT.pdf">Kế hoạch số 2046/KH-SGDĐT</a></p>'),
        ],
        opts={"dt": "2026-11-20 08:00", "account": "admin",
              "cats": ["hoat-dong-cua-so", "thong-bao"], "more": 1},
    ),
    Story(
        id=2251,
        slug="muong-te-giu-chan-hoc-sinh-ban-tru-trong-nhung-ngay-gia-ret",
        title="Mường Tè: Giữ chân học sinh bán trú trong những ngày giá rét",
        cat="tin-tu-co-so",
        published_at="2026-11-10T10:15:00+07:00",
        blocks=[
            P("Những ngày này, nhiệt độ ở các xã vùng cao của huyện Mường Tè có lúc xuống dưới 10°C. Để học sinh yên tâm ở lại trường, các trường phổ thông dân tộc bán trú trên địa bàn đã chủ động nhiều giải pháp chăm lo chỗ ăn, chỗ ở cho các em."),
            Img(f"{U}/2026/11/ban-tru-ta-ba-1024x683.jpg", "Cô giáo Lò Thị Mai chăm sóc bữa ăn cho học sinh bán trú Trường PTDTBT THCS Tá Bạ.", "Cô giáo Lò Thị Mai chăm sóc bữa ăn cho học sinh bán trú Trường PTDTBT THCS Tá Bạ.", "em-line"),
            P("Tại Trường Phổ thông dân tộc bán trú Trung học cơ sở Tá Bạ, 100% phòng ở bán trú đã được che chắn kín gió, bổ sung chăn ấm. Nhà trường bố trí nấu nước nóng để học sinh tắm rửa, thay đổi thực đơn bữa ăn với nhiều món có thịt, trứng, rau xanh do thầy trò tự tăng gia."),
            P("Thầy giáo Chu Văn Minh, Phó Hiệu trưởng nhà trường chia sẻ: “Mùa đông là thời điểm học sinh dễ bỏ học về nhà nhất. Giáo viên chủ nhiệm phải thường xuyên đến từng phòng bán trú, nắm tình hình sức khỏe và tâm tư của các em để kịp thời động viên”."),
            P("Nhờ làm tốt công tác chăm lo, từ đầu năm học đến nay, tỷ lệ chuyên cần của học sinh bán trú toàn huyện đạt trên 97%, không có học sinh bỏ học."),
            Img(f"{U}/2026/11/ban-tru-pa-u-1024x683.jpg", "Học sinh Trường PTDTBT TH Pa Ủ trong giờ tự học buổi tối.", "Học sinh Trường PTDTBT TH Pa Ủ trong giờ tự học buổi tối.", "em-line"),
            P("Thời gian tới, Phòng Giáo dục và Đào tạo huyện tiếp tục phối hợp với các xã, đồn biên phòng vận động nguồn lực xã hội hóa để hỗ trợ áo ấm, chăn màn cho học sinh trước đợt rét đậm, rét hại."),
            _right("<strong>Bài, ảnh: Pờ Xuân Hùng (Phòng GD&amp;ĐT Mường Tè)</strong>"),
        ],
        authors=["Pờ Xuân Hùng"],
        photographers=["Pờ Xuân Hùng"],
        opts={"dt": "2026-11-10 10:15", "account": "quantri-sgd",
              "thumb": f"{U}/2026/11/ban-tru-ta-ba", "more": 2},
    ),
    Story(
        id=2240,
        slug="ket-qua-buoc-dau-thuc-hien-chuong-trinh-giao-duc-pho-thong-2018-o-cap-trung-hoc-nam-hoc-2026-2027",
        title="Kết quả bước đầu thực hiện Chương trình giáo dục phổ thông 2018 ở cấp trung học năm học 2026-2027",
        cat="hoat-dong-cua-so",
        published_at="2026-11-10T16:05:00+07:00",
        summary="Sau hơn hai tháng triển khai năm học mới, các trường trung học trên địa bàn tỉnh cơ bản thực hiện nghiêm túc, hiệu quả Chương trình giáo dục phổ thông 2018; bên cạnh kết quả đạt được vẫn còn một số khó khăn về đội ngũ và cơ sở vật chất.",
        sapo_outside=True,
        blocks=[
            Img(f"{U}/2026/11/sinh-hoat-chuyen-mon-1024x683.jpg", "Giờ sinh hoạt chuyên môn theo nghiên cứu bài học tại Trường THCS Đoàn Kết, thành phố Lai Châu.", "Giờ sinh hoạt chuyên môn theo nghiên cứu bài học tại Trường THCS Đoàn Kết, thành phố Lai Châu.", "figure"),
            P("I. Kết quả đạt được", "h3"),
            P("Năm học 2026-2027, toàn tỉnh có 124 trường trung học cơ sở và trung học phổ thông với hơn 71.000 học sinh. 100% các trường đã xây dựng kế hoạch giáo dục nhà trường theo hướng dẫn của Bộ Giáo dục và Đào tạo, được phê duyệt trước ngày khai giảng."),
            P("Việc lựa chọn sách giáo khoa được thực hiện công khai, dân chủ; sách giáo khoa và thiết bị dạy học tối thiểu cơ bản đáp ứng yêu cầu, không để học sinh thiếu sách trong những tuần đầu năm học."),
            P("Các trường trung học phổ thông đã tổ chức cho học sinh lớp 10 lựa chọn môn học, chuyên đề học tập phù hợp với nguyện vọng và khả năng đáp ứng của nhà trường; bình quân mỗi trường xây dựng từ 3 đến 4 tổ hợp môn học."),
            P("Đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học được duy trì thường xuyên; nhiều tổ chuyên môn đã chủ động xây dựng chủ đề dạy học liên môn, gắn nội dung bài học với thực tiễn địa phương."),
            Raw("<!--nextpage-->"),
            P("II. Khó khăn, hạn chế", "h3"),
            P("Toàn tỉnh còn thiếu 187 giáo viên các môn Tin học, Âm nhạc, Mĩ thuật và Tiếng Anh ở cấp trung học cơ sở; một số trường phải bố trí giáo viên dạy liên trường hoặc dạy chéo môn."),
            P("Phòng học bộ môn, thiết bị dạy học ở các trường vùng sâu, vùng xa còn thiếu; việc tổ chức hoạt động trải nghiệm, hướng nghiệp ở một số nơi còn hình thức."),
            P("III. Nhiệm vụ trọng tâm thời gian tới", "h3"),
            P("Sở Giáo dục và Đào tạo yêu cầu các đơn vị tiếp tục rà soát, điều chỉnh kế hoạch giáo dục nhà trường; tăng cường kiểm tra, dự giờ, hỗ trợ chuyên môn; đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong dạy học và quản lý; tham mưu tuyển dụng, hợp đồng giáo viên còn thiếu theo quy định."),
            _right("<strong>Phòng Giáo dục Trung học</strong>"),
        ],
        authors=["Phòng Giáo dục Trung học"],
        opts={"dt": "2026-11-10 16:05", "account": "admin", "tags": ["chuyen-doi-so"],
              "thumb": f"{U}/2026/11/sinh-hoat-chuyen-mon", "more": 2, "edit": True},
    ),
    Story(
        id=2233,
        slug="phong-tho-khai-giang-lop-xoa-mu-chu-tai-ban-sin-sui-ho",
        title="Phong Thổ: Khai giảng lớp xóa mù chữ tại bản Sin Súi Hồ",
        cat="tin-tu-co-so",
        published_at="2026-11-05T07:30:00+07:00",
        blocks=[
            P("Ngày 03/11/2026, Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên huyện Phong Thổ phối hợp với UBND xã Sin Suối Hồ khai giảng lớp xóa mù chữ mức độ 1 cho 32 học viên là người dân tộc Mông tại bản Sin Súi Hồ."),
            Img(f"{U}/2026/11/lop-xoa-mu-chu-sin-sui-ho-1024x683.jpg", "(Các học viên lớp xóa mù chữ bản Sin Súi Hồ trong buổi học đầu tiên)", "Các học viên lớp xóa mù chữ bản Sin Súi Hồ trong buổi học đầu tiên", "figure"),
            P("Học viên của lớp có độ tuổi từ 18 đến 55, phần lớn là phụ nữ. Lớp học được tổ chức vào buổi tối, 5 buổi mỗi tuần tại nhà văn hóa bản để thuận tiện cho bà con sau giờ lao động sản xuất."),
            P("Giáo viên đứng lớp là cô giáo Sùng Thị Dợ, Trường Tiểu học Sin Suối Hồ, người cùng dân tộc nên có thể giảng giải bằng tiếng mẹ đẻ khi học viên chưa hiểu bài. Học viên được cấp miễn phí sách, vở, bút và đèn học."),
            P("Chị Giàng Thị Mỷ, một học viên của lớp bày tỏ: “Trước đây đi chợ, đi khám bệnh mình không đọc được chữ nên rất ngại. Giờ được học, mình sẽ cố gắng đi học đầy đủ để biết đọc, biết viết, biết tính toán”."),
            P("Năm 2026, huyện Phong Thổ mở 6 lớp xóa mù chữ với gần 200 học viên, góp phần duy trì vững chắc kết quả xóa mù chữ mức độ 2 của huyện."),
            _right("<em>Tin: Giàng A Sử - Ảnh: Lò Văn Chiến</em>"),
        ],
        authors=["Giàng A Sử"],
        photographers=["Lò Văn Chiến"],
        opts={"dt": "2026-11-05 07:30", "account": "quantri-sgd",
              "thumb": f"{U}/2026/11/lop-xoa-mu-chu-sin-sui-ho", "more": 1},
    ),
    Story(
        id=2219,
        slug="thong-bao-ve-viec-tiep-nhan-ho-so-xet-thang-hang-chuc-danh-nghe-nghiep-giao-vien-nam-2026",
        title="Thông báo về việc tiếp nhận hồ sơ xét thăng hạng chức danh nghề nghiệp giáo viên năm 2026",
        cat="thong-bao",
        published_at="2026-10-27",
        blocks=[
            Raw(
                '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
                '<td style="width: 42%; text-align: center; vertical-align: top;"><strong>UBND TỈNH LAI CHÂU<br />'
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />———<br />Số: 1875/TB-SGDĐT</td>"
                '<td style="width: 58%; text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />'
                "Độc lập &#8211; Tự do &#8211; Hạnh phúc</strong><br />———————<br />"
                "<em>Lai Châu, ngày 27 tháng 10 năm 2026</em></td></tr></tbody></table>"
            ),
            Raw('<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n<strong>Về việc tiếp nhận hồ sơ xét thăng hạng chức danh nghề nghiệp giáo viên năm 2026</strong></p>'),
            P("Căn cứ Kế hoạch số 3512/KH-UBND ngày 15/10/2026 của UBND tỉnh Lai Châu về xét thăng hạng chức danh nghề nghiệp giáo viên mầm non, phổ thông công lập năm 2026;"),
            P("Sở Giáo dục và Đào tạo thông báo tiếp nhận hồ sơ đăng ký dự xét thăng hạng như sau:"),
            P("1. Đối tượng: Giáo viên mầm non, tiểu học, trung học cơ sở, trung học phổ thông đang công tác tại các cơ sở giáo dục công lập trên địa bàn tỉnh, đáp ứng đủ tiêu chuẩn, điều kiện theo quy định."),
            P("2. Thời gian nhận hồ sơ: Từ ngày 02/11/2026 đến hết ngày 20/11/2026 (trong giờ hành chính các ngày làm việc)."),
            P("3. Địa điểm nhận hồ sơ: Phòng Tổ chức cán bộ, Sở Giáo dục và Đào tạo tỉnh Lai Châu (tầng 3, nhà C, Trung tâm Hành chính – Chính trị tỉnh)."),
            P("Đề nghị thủ trưởng các đơn vị thông báo rộng rãi đến giáo viên thuộc thẩm quyền quản lý và chịu trách nhiệm về tính chính xác của hồ sơ do đơn vị tổng hợp, gửi về Sở./."),
            Raw(
                '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
                '<td style="width: 50%; vertical-align: top;"><em><strong>Nơi nhận:</strong></em><br />'
                "&#8211; Các phòng GD&amp;ĐT huyện, thành phố;<br />&#8211; Các đơn vị trực thuộc Sở;<br />"
                "&#8211; Cổng TTĐT Sở;<br />&#8211; Lưu: VT, TCCB.</td>"
                '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC<br />'
                "PHÓ GIÁM ĐỐC</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Lê Thanh Bình</strong></td>"
                "</tr></tbody></table>"
            ),
            Raw(f'<p>Tải về: <a href="{U}/2026/10/1875-TB-SGDDT.pdf">1875-TB-SGDDT.pdf</a></p>'),
        ],
        authors=["Lê Thanh Bình"],
        opts={"dt": "2026-10-28 14:00", "account": "quantri-sgd", "more": 4},
    ),
    Story(
        id=2207,
        slug="nganh-giao-duc-lai-chau-trien-khai-nhiem-vu-trong-tam-nam-hoc-2026-2027",
        title="Ngành Giáo dục Lai Châu triển khai nhiệm vụ trọng tâm năm học 2026-2027",
        cat="hoat-dong-cua-so",
        published_at="2026-10-20T09:00:00+07:00",
        summary="Sáng 19/10/2026, Sở Giáo dục và Đào tạo tổ chức hội nghị triển khai nhiệm vụ trọng tâm năm học 2026-2027 đối với các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp – giáo dục thường xuyên và các phòng giáo dục và đào tạo.",
        blocks=[
            P("Sáng 19/10/2026, Sở Giáo dục và Đào tạo tổ chức hội nghị triển khai nhiệm vụ trọng tâm năm học 2026-2027 đối với các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp – giáo dục thường xuyên và các phòng giáo dục và đào tạo.", "lead"),
            Img(f"{U}/2026/10/hoi-nghi-trien-khai-nv-1024x683.jpg", "Quang cảnh hội nghị triển khai nhiệm vụ năm học 2026-2027.", "Quang cảnh hội nghị triển khai nhiệm vụ năm học 2026-2027.", "figure"),
            P("Năm học 2026-2027, ngành Giáo dục Lai Châu xác định chủ đề “Đổi mới, sáng tạo, nâng cao chất lượng giáo dục vùng cao”. Toàn ngành tập trung thực hiện 5 nhiệm vụ trọng tâm và 3 giải pháp đột phá."),
            P("Các nhiệm vụ trọng tâm gồm: rà soát, sắp xếp mạng lưới trường lớp phù hợp với điều kiện thực tế; nâng cao chất lượng đội ngũ nhà giáo và cán bộ quản lý; thực hiện hiệu quả Chương trình giáo dục phổ thông 2018; tăng cường dạy tiếng Việt cho trẻ em người dân tộc thiểu số trước khi vào lớp 1; đẩy mạnh chuyển đổi số và cải cách hành chính trong toàn ngành."),
            P("Về giải pháp đột phá, Sở chỉ đạo tập trung nâng cao chất lượng dạy học ngoại ngữ, tin học; phát triển mô hình trường phổ thông dân tộc bán trú gắn với giáo dục kỹ năng sống; huy động nguồn lực xã hội hóa đầu tư cơ sở vật chất."),
            Img(f"{U}/2026/10/hoi-nghi-trien-khai-nv-2-1024x683.jpg", None, None, "plain"),
            P("Tại hội nghị, đại diện các đơn vị đã trao đổi, chia sẻ kinh nghiệm trong công tác duy trì sĩ số, nâng cao tỷ lệ chuyên cần và tổ chức bán trú cho học sinh; đề xuất Sở quan tâm bổ sung biên chế giáo viên và kinh phí sửa chữa phòng học xuống cấp."),
            _right("<strong>Tùng Lâm</strong>"),
        ],
        authors=["Tùng Lâm"],
        opts={"dt": "2026-10-20 09:00", "account": "admin", "tags": ["nam-hoc-2026-2027"],
              "thumb": f"{U}/2026/10/hoi-nghi-trien-khai-nv", "more": 2, "sticky": True},
    ),
    Story(
        id=2198,
        slug="hoi-thao-nang-cao-chat-luong-day-hoc-tieng-viet-cho-hoc-sinh-dan-toc-thieu-so",
        title="Hội thảo “Nâng cao chất lượng dạy học tiếng Việt cho học sinh dân tộc thiểu số”",
        cat="hoat-dong-cua-so",
        published_at="2026-10-20T15:45:00+07:00",
        blocks=[
            P("Ngày 20/10/2026, tại Trường Tiểu học Bình Lư (huyện Tam Đường), Sở Giáo dục và Đào tạo tổ chức hội thảo “Nâng cao chất lượng dạy học tiếng Việt cho học sinh dân tộc thiểu số” với sự tham gia của hơn 80 cán bộ quản lý, giáo viên tiểu học và mầm non trong tỉnh."),
            P("Các tham luận tại hội thảo tập trung vào những giải pháp tăng cường tiếng Việt cho trẻ mầm non 5 tuổi, tổ chức dạy học theo nhóm trình độ, sử dụng đồ dùng trực quan và trò chơi học tập để giúp học sinh lớp 1 mạnh dạn giao tiếp."),
            Img(f"{U}/2026/10/hoi-thao-tieng-viet-1024x683.jpg", "Tiết dạy minh họa môn Tiếng Việt lớp 1 tại Trường Tiểu học Bình Lư.", "Tiết dạy minh họa môn Tiếng Việt lớp 1 tại Trường Tiểu học Bình Lư.", "figure"),
            P("Đại biểu đã dự tiết dạy minh họa môn Tiếng Việt lớp 1 và hoạt động “Góc tiếng Việt” tại lớp mẫu giáo 5 tuổi; cùng thảo luận, góp ý để hoàn thiện các biện pháp trước khi nhân rộng."),
            P("Phát biểu tại hội thảo, lãnh đạo Sở đề nghị các nhà trường chú trọng xây dựng môi trường giao tiếp tiếng Việt trong và ngoài giờ học, phát huy vai trò của giáo viên biết tiếng dân tộc và sự phối hợp của cha mẹ học sinh…"),
            _right("<strong>Phòng Giáo dục Mầm non – Tiểu học</strong>"),
        ],
        authors=["Phòng Giáo dục Mầm non – Tiểu học"],
        opts={"dt": "2026-10-20 15:45", "account": "admin", "more": 2},
    ),
    Story(
        id=2190,
        slug=quote("sở-giáo-dục-và-đào-tạo-làm-việc-với-ubnd-huyện-sìn-hồ", safe="-").lower(),
        title="Sở Giáo dục và Đào tạo làm việc với UBND huyện Sìn Hồ về sắp xếp mạng lưới trường lớp",
        cat="hoat-dong-cua-so",
        published_at="2026-10-07T10:00:00+07:00",
        blocks=[
            P("Ngày 06/10/2026, đoàn công tác của Sở Giáo dục và Đào tạo do đồng chí Phó Giám đốc Sở làm trưởng đoàn đã làm việc với UBND huyện Sìn Hồ về tình hình thực hiện sắp xếp mạng lưới trường, lớp và chuẩn bị các điều kiện cho năm học 2026-2027."),
            Img(f"{U}/2026/10/lam-viec-sin-ho-1024x683.jpg", None, None, "plain"),
            P("Theo báo cáo của UBND huyện, năm học 2026-2027, toàn huyện có 58 trường học với hơn 24.000 học sinh. Thực hiện lộ trình sắp xếp, huyện đã sáp nhập 4 trường tiểu học và trung học cơ sở thành trường liên cấp, giảm 37 điểm trường lẻ so với năm học trước."),
            P("Tuy nhiên, việc dồn ghép điểm trường ở một số xã như Tả Ngảo, Làng Mô, Phăng Sô Lin còn khó khăn do địa bàn rộng, giao thông cách trở; nhiều học sinh nhỏ phải đi bộ xa đến trường."),
            P("Đoàn công tác đề nghị huyện tiếp tục rà soát, chỉ sắp xếp những điểm trường bảo đảm điều kiện đi lại an toàn cho học sinh; ưu tiên nguồn vốn xây dựng nhà bán trú, bếp ăn tại các trường có đông học sinh ở xa."),
            Raw("<!--xemthem-->"),
            _right("<strong>Văn phòng Sở</strong>"),
        ],
        authors=["Văn phòng Sở"],
        opts={"dt": "2026-10-07 10:00", "account": "admin", "more": 2, "see_also": 2207},
    ),
]

#: the password-protected post (trap 8): listed like the others, no text without the password
PROTECTED = Story(
    id=2270,
    slug="danh-sach-can-bo-quan-ly-du-tap-huan-noi-bo",
    title="Danh sách cán bộ quản lý dự tập huấn (nội bộ)",
    cat="thong-bao",
    published_at=None,
    blocks=[],
    opts={"dt": "2026-11-20 10:00", "account": "quantri-sgd", "protected": True},
)

ALL_POSTS: list[Story] = [*STORIES, PROTECTED]
BY_ID = {s.id: s for s in ALL_POSTS}


def _dt(story: Story) -> datetime:
    return datetime.strptime(story.opts["dt"], "%Y-%m-%d %H:%M")


def _modified(story: Story) -> datetime:
    if "modified" in story.opts:
        return datetime.strptime(story.opts["modified"], "%Y-%m-%d %H:%M")
    return _dt(story) + timedelta(minutes=3 * (story.id % 7 + 1))


def permalink(story: Story) -> str:
    return f"/{_dt(story):%Y/%m/%d}/{story.slug}/"


#: newest first, as WordPress orders every listing
ORDER = sorted(ALL_POSTS, key=_dt, reverse=True)
NEXTPAGE = "<!--nextpage-->"


def _cats(story: Story) -> list[str]:
    return story.opts.get("cats", [story.cat])


def _in_cat(story: Story, slug: str) -> bool:
    return any(c == slug or CATS[c].parent == slug for c in _cats(story))


def _shown_title(story: Story) -> str:
    return ("Được bảo vệ: " if story.opts.get("protected") else "") + story.title


# --- Vietnamese dates as the vi locale prints them ------------------------------------------

MONTHS = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
          "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WEEK_INITIALS = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]


def vn_date(d: datetime) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def vn_time(d: datetime) -> str:
    hour = d.hour % 12 or 12
    return f"{hour}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"


def _iso(d: datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def _utc(d: datetime) -> str:
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"


_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "…": "&#8230;", "’": "&#8217;"}


def tx(value: str) -> str:
    """Escaped text as wptexturize prints it: typographic characters as numeric references."""
    out = esc(value)
    for ch, ref in _TEXTURIZE.items():
        out = out.replace(ch, ref)
    return out


# --- images --------------------------------------------------------------------------------

_SIZED = re.compile(r"^(?P<base>.+?)-(?P<w>\d+)x(?P<h>\d+)(?P<ext>\.\w+)$")
ATTACHMENT_IDS: dict[str, int] = {}
for _s in STORIES:
    for _img in _s.images:
        ATTACHMENT_IDS[_SIZED.match(_img.src)["base"]] = 3301 + len(ATTACHMENT_IDS)


def _split(src: str) -> tuple[str, int, int, str]:
    m = _SIZED.match(src)
    return m["base"], int(m["w"]), int(m["h"]), m["ext"]


SIZES = ("(max-width: 709px) 85vw, (max-width: 909px) 67vw, (max-width: 984px) 61vw, "
         "(max-width: 1362px) 45vw, 600px")


def img_tag(src: str, cls: str, alt: str = "", extra: str = "") -> str:
    """An ``<img>`` as Jetpack Lazy Images rewrites it, with the clean tag in ``<noscript>``."""
    base, w, h, ext = _split(src)
    if w == h:
        srcset = f"{src} {w}w, {base}-100x100{ext} 100w"
        sizes = f"(max-width: {w}px) 85vw, {w}px"
    else:
        srcset = (f"{src} {w}w, {base}-300x{round(300 * h / w)}{ext} 300w, "
                  f"{base}-768x{round(768 * h / w)}{ext} 768w")
        sizes = SIZES
    attrs = f'alt="{esc(alt)}" width="{w}" height="{h}"{extra}'
    clean = f'<img class="{cls}" src="{src}" {attrs} srcset="{srcset}" sizes="{sizes}" />'
    return (
        f'<img class="{cls} jetpack-lazy-image" src="{LAZY_GIF}" data-lazy-src="{src}?is-pending-load=1" '
        f'{attrs} data-lazy-srcset="{srcset}" data-lazy-sizes="{sizes}" srcset="{DATA_GIF}">'
        f"<noscript>{clean}</noscript>"
    )


def _attachment_slug(img: Img) -> str:
    return _split(img.src)[0].rsplit("/", 1)[1].lower()


def attachment_path(story: Story, img: Img) -> str:
    return f"{permalink(story)}{_attachment_slug(img)}/"


# --- the text of a post ----------------------------------------------------------------------


def _pages_of(story: Story) -> list[list]:
    pages: list[list] = [[]]
    for block in story.blocks:
        if isinstance(block, Raw) and block.html == NEXTPAGE:
            pages.append([])
        else:
            pages[-1].append(block)
    return pages


def _figure(img: Img) -> str:
    base, w, _h, _ext = _split(img.src)
    aid = ATTACHMENT_IDS[base]
    tag = img_tag(img.src, f"size-large wp-image-{aid}")
    if img.style == "figure":
        return (
            f'<figure id="attachment_{aid}" aria-describedby="caption-attachment-{aid}" '
            f'style="width: {min(w, 840)}px" class="wp-caption aligncenter">{tag}'
            f'<figcaption id="caption-attachment-{aid}" class="wp-caption-text">{tx(img.printed or "")}'
            "</figcaption></figure>"
        )
    line = f'<p style="text-align: center;">{img_tag(img.src, f"aligncenter size-large wp-image-{aid}")}</p>'
    if img.style == "em-line" and img.printed:
        line += f'\n<p style="text-align: center;"><em>{tx(img.printed)}</em></p>'
    return line


def _gallery(story: Story, imgs: list[Img], b: str) -> str:
    items = []
    for img in imgs:
        aid = ATTACHMENT_IDS[_split(img.src)[0]]
        tag = img_tag(img.src, "attachment-thumbnail size-thumbnail", extra=f' aria-describedby="gallery-1-{aid}"')
        cap = (
            f"\n\t\t\t\t<figcaption class='wp-caption-text gallery-caption' id='gallery-1-{aid}'>\n"
            f"\t\t\t\t{tx(img.printed)}\n\t\t\t\t</figcaption>"
            if img.printed
            else ""
        )
        items.append(
            f"<figure class='gallery-item'>\n\t\t\t<div class='gallery-icon landscape'>\n"
            f"\t\t\t\t<a href='{b}{attachment_path(story, img)}'>{tag}</a>\n\t\t\t</div>{cap}</figure>"
        )
    return (
        f"<div id='gallery-1' class='gallery galleryid-{story.id} gallery-columns-3 gallery-size-thumbnail'>"
        + "".join(items)
        + "\n\t\t</div>"
    )


def render_blocks(story: Story, blocks: list, b: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == block.style:
                run.append(blocks[i])
                i += 1
            if block.style == "li":
                out.append("<ul>\n" + "\n".join(f"<li>{tx(p.text)}</li>" for p in run) + "\n</ul>")
            else:
                rows = []
                for n, p in enumerate(run):
                    cells = p.text.split(" | ")
                    if n == 0:
                        tds = "".join(f'<td style="text-align: center;"><strong>{tx(c)}</strong></td>' for c in cells)
                    else:
                        tds = "".join(f"<td>{tx(c)}</td>" for c in cells)
                    rows.append(f"<tr>\n{tds}\n</tr>")
                out.append('<table style="border-collapse: collapse; width: 100%;" border="1">\n<tbody>\n'
                           + "\n".join(rows) + "\n</tbody>\n</table>")
            continue
        if isinstance(block, Img) and block.style == "gallery":
            run = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                run.append(blocks[i])
                i += 1
            out.append(_gallery(story, run, b))
            continue
        if isinstance(block, P):
            t = tx(block.text)
            out.append({
                "lead": f'<p style="text-align: justify;"><strong>{t}</strong></p>',
                "bold": f"<p><strong>{t}</strong></p>",
                "h3": f"<h3>{t}</h3>",
            }.get(block.style, f'<p style="text-align: justify;">{t}</p>'))
        elif isinstance(block, Img):
            out.append(_figure(block))
        elif block.html == "<!--xemthem-->":
            other = BY_ID[story.opts["see_also"]]
            out.append(f'<p><strong>Xem thêm:</strong> <a href="{b}{permalink(other)}">{tx(other.title)}</a></p>')
        else:
            out.append(block.html)
        i += 1
    return "\n".join(out)


def _excerpt_words(story: Story, n: int = 24) -> str:
    first = story.summary or next((p.text for p in story.blocks if isinstance(p, P)), "")
    words = first.split()
    return " ".join(words[:n]) + ("…" if len(words) > n else "")


# --- pieces of Jetpack and Twenty Sixteen ------------------------------------------------------


def _sharing(story: Story, b: str) -> str:
    url = quote(b + permalink(story), safe="")
    return (
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social '
        'sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul>'
        f'<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" '
        f'href="https://www.facebook.com/sharer.php?u={url}" target="_blank" title="Nhấn vào chia sẻ lên Facebook">'
        "<span>Facebook</span></a></li>"
        f'<li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" '
        f'href="https://twitter.com/intent/tweet?url={url}" target="_blank" title="Nhấn vào chia sẻ lên Twitter">'
        "<span>Twitter</span></a></li>"
        f'<li class="share-print"><a rel="nofollow noopener noreferrer" class="share-print sd-button share-icon" '
        f'href="{b}{permalink(story)}#print" target="_blank" title="Nhấn để in ra"><span>In</span></a></li>'
        '<li class="share-end"></li></ul></div></div></div>'
        f"<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' "
        f"id='like-post-wrapper-160123456-{story.id}-5f2b' data-src='https://widgets.wp.com/likes/#blog_id=160123456"
        f"&amp;post_id={story.id}&amp;origin=sgddt.laichau.gov.vn' data-name='like-post-frame-160123456-{story.id}'>"
        "<h3 class=\"sd-title\">Thích:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' "
        "style='height: 55px;'><span class='button'><span>Thích</span></span> <span class=\"loading\">Đang tải...</span>"
        "</div><span class='sd-text-color'></span><a class='sd-link-color'></a></div>"
    )


def related_href(origin: Story, target: Story, position: int) -> str:
    return (f"{permalink(target)}?relatedposts_hit=1&relatedposts_origin={origin.id}"
            f"&relatedposts_position={position}")


def _related(story: Story, b: str) -> str:
    ids = story.opts.get("related")
    if not ids:
        return ""
    items = []
    for n, rid in enumerate(ids):
        other = BY_ID[rid]
        href = esc(b + related_href(story, other, n))
        thumb = other.opts.get("thumb")
        img = (f'<a class="jp-relatedposts-post-a" href="{href}" title="{esc(other.title)}" rel="nofollow" '
               f'data-origin="{story.id}" data-position="{n}"><img class="jp-relatedposts-post-img" '
               f'src="{b}{thumb}-350x200.jpg" width="350" alt="{esc(other.title)}" /></a>' if thumb else "")
        items.append(
            f'<div class="jp-relatedposts-post jp-relatedposts-post{n} jp-relatedposts-post-thumbs" '
            f'data-post-id="{rid}" data-post-format="false">{img}'
            f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{href}" '
            f'title="{esc(other.title)}" rel="nofollow" data-origin="{story.id}" data-position="{n}">{tx(other.title)}</a></h4>'
            f'<p class="jp-relatedposts-post-excerpt">{tx(_excerpt_words(other, 18))}</p>'
            f'<p class="jp-relatedposts-post-date" style="display: block;">{vn_date(_dt(other))}</p>'
            f'<p class="jp-relatedposts-post-context">Trong &quot;{esc(CATS[other.cat].name)}&quot;</p></div>'
        )
    return (
        "<div id='jp-relatedposts' class='jp-relatedposts' style=\"display: block;\">"
        '<h3 class="jp-relatedposts-headline"><em>Có liên quan</em></h3>'
        '<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">'
        + "".join(items) + "</div></div>"
    )


def _gravatar(key: str, size: int) -> str:
    digest = {"admin": "5a1c0e0b3f0d7e2c9a8b7c6d5e4f3a21", "quantri-sgd": "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b"}[key]
    return (f"<img alt='' src='https://secure.gravatar.com/avatar/{digest}?s={size}&#038;d=mm&#038;r=g' "
            f"class='avatar avatar-{size} photo' height='{size}' width='{size}' />")


def _bio(story: Story, b: str) -> str:
    key = story.opts["account"]
    acc = ACCOUNTS[key]
    if not acc["bio"]:
        return ""
    name = esc(acc["name"])
    return (
        '\n<div class="author-info">\n\t<div class="author-avatar">\n\t\t' + _gravatar(key, 42)
        + "\t</div><!-- .author-avatar -->\n\t<div class=\"author-description\">\n"
        f'\t\t<h2 class="author-title"><span class="author-heading">Tác giả:</span> {name}</h2>\n'
        f'\t\t<p class="author-bio">\n\t\t\t{esc(acc["bio"])}\n'
        f'\t\t\t<a class="author-link" href="{b}/author/{key}/" rel="author">\n'
        f"\t\t\t\tXem tất cả các bài viết của {name}\t\t\t</a>\n\t\t</p><!-- .author-bio -->\n"
        "\t</div><!-- .author-description -->\n</div><!-- .author-info -->\n"
    )


def _page_links(story: Story, current: int, count: int, b: str) -> str:
    if count < 2:
        return ""
    parts = []
    for n in range(1, count + 1):
        if n == current:
            parts.append(f'<span class="post-page-numbers current" aria-current="page"><span>'
                         f'<span class="screen-reader-text">Trang </span>{n}</span></span>')
        else:
            href = b + permalink(story) + ("" if n == 1 else f"{n}/")
            parts.append(f'<a href="{href}" class="post-page-numbers"><span>'
                         f'<span class="screen-reader-text">Trang </span>{n}</span></a>')
    return ('<div class="page-links"><span class="page-links-title">Trang:</span>'
            + "".join(parts) + "</div>")


def _entry_footer(story: Story, b: str) -> str:
    key = story.opts["account"]
    d, m = _dt(story), _modified(story)
    link = b + permalink(story)
    cats = sorted(_cats(story), key=lambda c: CATS[c].name)
    cat_links = ", ".join(f'<a href="{b}{CATS[c].path}" rel="category tag">{esc(CATS[c].name)}</a>' for c in cats)
    tags = story.opts.get("tags", [])
    tag_links = (
        '<span class="tags-links"><span class="screen-reader-text">Thẻ </span>'
        + ", ".join(f'<a href="{b}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in tags) + "</span>"
        if tags else ""
    )
    edit = (
        f'<span class="edit-link"><a class="post-edit-link" href="{b}/wp-admin/post.php?post={story.id}&#038;action=edit">'
        f'Sửa<span class="screen-reader-text"> &#8220;{tx(story.title)}&#8221;</span></a></span>'
        if story.opts.get("edit") else ""
    )
    return (
        '<footer class="entry-footer">'
        f'<span class="byline"><span class="author vcard">{_gravatar(key, 49)}<span class="screen-reader-text">Tác giả </span> '
        f'<a class="url fn n" href="{b}/author/{key}/">{esc(ACCOUNTS[key]["name"])}</a></span></span>'
        '<span class="posted-on"><span class="screen-reader-text">Đăng ngày </span>'
        f'<a href="{link}" rel="bookmark"><time class="entry-date published" datetime="{_iso(d)}">'
        f"{vn_date(d)} lúc {vn_time(d)}</time>"
        f'<time class="updated" datetime="{_iso(m)}">{vn_date(m)} lúc {vn_time(m)}</time></a></span>'
        f'<span class="cat-links"><span class="screen-reader-text">Chuyên mục </span>{cat_links}</span>'
        f"{tag_links}{edit}</footer><!-- .entry-footer -->"
    )


def _post_classes(story: Story, sticky: bool = False) -> str:
    cls = [f"post-{story.id}", "post", "type-post", "status-publish", "format-standard"]
    if story.opts.get("thumb"):
        cls.append("has-post-thumbnail")
    if story.opts.get("protected"):
        cls.append("post-password-required")
    if sticky:
        cls.append("sticky")
    cls.append("hentry")
    cls += [f"category-{c}" for c in _cats(story)]
    cls += [f"tag-{t}" for t in story.opts.get("tags", [])]
    return " ".join(cls)


def _password_form(story: Story, b: str) -> str:
    return (
        f'<form action="{b}/wp-login.php?action=postpass" class="post-password-form" method="post">\n'
        "<p>Nội dung này được bảo vệ bằng mật khẩu. Để xem, vui lòng nhập mật khẩu vào bên dưới:</p>\n"
        f'<p><label for="pwbox-{story.id}">Mật khẩu: <input name="post_password" id="pwbox-{story.id}" '
        'type="password" size="20" /></label> <input type="submit" name="Submit" value="Gửi" /></p>\n</form>'
    )


def _thumb_html(story: Story, b: str, linked: bool) -> str:
    thumb = story.opts.get("thumb")
    if not thumb:
        return ""
    tag = img_tag(f"{thumb}-1200x800.jpg", "attachment-post-thumbnail size-post-thumbnail wp-post-image",
                  alt=story.title if linked else "")
    if linked:
        return f'<a class="post-thumbnail" href="{b}{permalink(story)}" aria-hidden="true">\n\t\t{tag}\t</a>'
    return f'<div class="post-thumbnail">\n\t\t{tag}\t</div><!-- .post-thumbnail -->'


def listing_article(story: Story, b: str, sticky_label: bool = False) -> str:
    link = b + permalink(story)
    label = '<span class="sticky-post">Nổi bật</span>' if sticky_label else ""
    summary = (f'<div class="entry-summary">\n\t\t<p>{tx(story.summary)}</p>\n\t</div><!-- .entry-summary -->'
               if story.summary and story.sapo_outside else "")
    if story.opts.get("protected"):
        content = _password_form(story, b)
    else:
        first_page = _pages_of(story)[0]
        cut = story.opts.get("more")
        content = render_blocks(story, first_page[:cut] if cut else first_page, b)
        if cut and cut < len(first_page):
            content += (f'\n<p><a href="{link}#more-{story.id}" class="more-link">Đọc tiếp'
                        f'<span class="screen-reader-text"> &#8220;{tx(story.title)}&#8221;</span></a></p>')
    return (
        f'<article id="post-{story.id}" class="{_post_classes(story, sticky_label)}">\n'
        f'\t<header class="entry-header">\n\t\t{label}\n'
        f'\t\t<h2 class="entry-title"><a href="{link}" rel="bookmark">{tx(_shown_title(story))}</a></h2>\t</header>\n'
        f"\t{summary}\n\t{_thumb_html(story, b, True)}\n"
        f'\t<div class="entry-content">\n{content}\n\t</div><!-- .entry-content -->\n'
        f"\t{_entry_footer(story, b)}\n</article><!-- #post-{story.id} -->\n"
    )


def _pagination(base: str, current: int, count: int, b: str) -> str:
    if count < 2:
        return ""

    def href(n: int) -> str:
        return b + base + ("" if n == 1 else f"page/{n}/")

    parts = []
    if current > 1:
        parts.append(f'<a class="prev page-numbers" href="{href(current - 1)}">Trang trước</a>')
    for n in range(1, count + 1):
        num = f'<span class="meta-nav screen-reader-text">Trang </span>{n}'
        if n == current:
            parts.append(f"<span aria-current='page' class='page-numbers current'>{num}</span>")
        else:
            parts.append(f"<a class='page-numbers' href='{href(n)}'>{num}</a>")
    if current < count:
        parts.append(f'<a class="next page-numbers" href="{href(current + 1)}">Trang tiếp</a>')
    return (
        '\n\t<nav class="navigation pagination" role="navigation">\n'
        '\t\t<h2 class="screen-reader-text">Điều hướng bài viết</h2>\n'
        f'\t\t<div class="nav-links">{chr(10).join(parts)}</div>\n\t</nav>'
    )


def _breadcrumb(trail: list[tuple[str, str | None]], b: str) -> str:
    """Breadcrumb NavXT: (label, path) pairs; the last one is the current page (no link)."""
    parts = [
        '<span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" '
        f'title="Đi đến {esc(SITE_NAME)}." href="{b}/" class="home"><span property="name">Trang chủ</span></a>'
        '<meta property="position" content="1"></span>'
    ]
    for n, (label, path) in enumerate(trail, start=2):
        if path is not None:
            parts.append(
                '<span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" '
                f'title="Đi đến chuyên mục lưu trữ {esc(label)}." href="{b}{path}" class="taxonomy category">'
                f'<span property="name">{tx(label)}</span></a><meta property="position" content="{n}"></span>'
            )
        else:
            parts.append(
                '<span property="itemListElement" typeof="ListItem"><span property="name" class="current-item">'
                f'{tx(label)}</span><meta property="position" content="{n}"></span>'
            )
    return ('<div class="breadcrumbs lc-duongdan" typeof="BreadcrumbList" vocab="https://schema.org/">'
            + " &gt; ".join(parts) + "</div>")


def _cat_trail(slug: str) -> list[tuple[str, str | None]]:
    cat = CATS[slug]
    trail = []
    if cat.parent:
        trail.append((CATS[cat.parent].name, CATS[cat.parent].path))
    trail.append((cat.name, cat.path))
    return trail


# --- the chrome --------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Giới thiệu chung", "/gioi-thieu/"), ("Cơ cấu tổ chức", "/co-cau-to-chuc/")]),
    ("Tin tức", "/category/tin-tuc/", [("Hoạt động của Sở", "/category/tin-tuc/hoat-dong-cua-so/"),
                                       ("Tin từ cơ sở", "/category/tin-tuc/tin-tu-co-so/")]),
    ("Thông báo", "/category/thong-bao/", []),
    ("Văn bản", "https://vbpl.laichau.gov.vn/", [("Văn bản chỉ đạo điều hành", "https://vbpl.laichau.gov.vn/?coquan=sgddt"),
                                                 ("Thủ tục hành chính", "https://dichvucong.laichau.gov.vn/")]),
    ("Liên hệ", "/lien-he/", []),
]


def _menu(b: str) -> str:
    items = []
    n = 21
    for label, href, subs in MENU:
        full = href if href.startswith("http") else b + href
        cls = "menu-item menu-item-type-custom menu-item-object-custom" + (" menu-item-has-children" if subs else "")
        sub = ""
        if subs:
            sub_items = []
            for slabel, shref in subs:
                n += 1
                sfull = shref if shref.startswith("http") else b + shref
                sub_items.append(f'\t<li id="menu-item-{n}" class="menu-item menu-item-type-custom menu-item-object-custom '
                                 f'menu-item-{n}"><a href="{sfull}">{esc(slabel)}</a></li>')
            sub = '\n<ul class="sub-menu">\n' + "\n".join(sub_items) + "\n</ul>\n"
        items.append(f'<li id="menu-item-{n}" class="{cls} menu-item-{n}"><a href="{full}">{esc(label)}</a>{sub}</li>')
        n += 1
    return ('<div class="menu-menu-chinh-container"><ul id="menu-menu-chinh" class="primary-menu">'
            + "\n".join(items) + "</ul></div>")


def _month_counts() -> list[tuple[int, int, int]]:
    counts: dict[tuple[int, int], int] = {}
    for s in ALL_POSTS:
        d = _dt(s)
        counts[(d.year, d.month)] = counts.get((d.year, d.month), 0) + 1
    return [(y, m, c) for (y, m), c in sorted(counts.items(), reverse=True)]


def _calendar(b: str) -> str:
    """The calendar widget of December 2026 (Widget Visibility: home page only)."""
    days = {_dt(s).day for s in ALL_POSTS if _dt(s).year == 2026 and _dt(s).month == 12}
    head = "".join(f'\n\t\t<th scope="col" title="{WEEKDAYS[i]}">{WEEK_INITIALS[i]}</th>' for i in range(7))
    rows = []
    for week in calendar.Calendar(firstweekday=0).monthdayscalendar(2026, 12):
        cells = []
        pad = 0
        for day in week:
            if day == 0:
                pad += 1
                continue
            if pad:
                cells.append(f'<td colspan="{pad}" class="pad">&nbsp;</td>')
                pad = 0
            ident = ' id="today"' if day == 5 else ""
            if day in days:
                cells.append(f'<td{ident}><a href="{b}/2026/12/{day:02d}/" aria-label="Các bài viết đã được đăng vào '
                             f'December {day}, 2026">{day}</a></td>')
            else:
                cells.append(f"<td{ident}>{day}</td>")
        if pad:
            cells.append(f'<td class="pad" colspan="{pad}">&nbsp;</td>')
        rows.append("\n\t<tr>\n\t\t" + "".join(cells) + "\n\t</tr>")
    return (
        '<section id="calendar-2" class="widget widget_calendar"><div id="calendar_wrap" class="calendar_wrap">'
        '<table id="wp-calendar">\n\t<caption>Tháng Mười Hai 2026</caption>\n\t<thead>\n\t<tr>' + head
        + "\n\t</tr>\n\t</thead>\n\n\t<tfoot>\n\t<tr>\n"
        f'\t\t<td colspan="3" id="prev"><a href="{b}/2026/11/">&laquo; Th11</a></td>\n'
        '\t\t<td class="pad">&nbsp;</td>\n\t\t<td colspan="3" id="next" class="pad">&nbsp;</td>\n\t</tr>\n\t</tfoot>\n\n'
        "\t<tbody>" + "".join(rows) + "\n\t</tbody>\n\t</table></div></section>"
    )


def _sidebar(b: str, with_calendar: bool) -> str:
    recent = "".join(
        f'\n\t\t\t\t\t<li>\n\t\t\t\t\t<a href="{b}{permalink(s)}">{tx(_shown_title(s))}</a>\n\t\t\t\t\t\t\t\t\t</li>'
        for s in ORDER[:5]
    )
    months = "".join(
        f"\n\t\t\t<option value='{b}/{y}/{m:02d}/'> {MONTHS[m - 1]} {y} &nbsp;({c})</option>"
        for y, m, c in _month_counts()
    )

    def count(slug: str) -> int:
        return sum(1 for s in ALL_POSTS if slug in _cats(s))

    cats = (
        f'\n\t<li class="cat-item cat-item-{CAT_IDS["thong-bao"]}"><a href="{b}/category/thong-bao/">Thông báo</a> ({count("thong-bao")})\n</li>'
        f'\n\t<li class="cat-item cat-item-{CAT_IDS["tin-tuc"]}"><a href="{b}/category/tin-tuc/" title="{esc(CATS["tin-tuc"].desc)}">Tin tức</a> (0)\n'
        "<ul class='children'>"
        f'\n\t<li class="cat-item cat-item-{CAT_IDS["hoat-dong-cua-so"]}"><a href="{b}/category/tin-tuc/hoat-dong-cua-so/">Hoạt động của Sở</a> ({count("hoat-dong-cua-so")})\n</li>'
        f'\n\t<li class="cat-item cat-item-{CAT_IDS["tin-tu-co-so"]}"><a href="{b}/category/tin-tuc/tin-tu-co-so/">Tin từ cơ sở</a> ({count("tin-tu-co-so")})\n</li>'
        "\n\t</ul>\n</li>"
    )
    return f"""
	<aside id="secondary" class="sidebar widget-area" role="complementary">
		<section id="search-2" class="widget widget_search">
<form role="search" method="get" class="search-form" action="{b}/">
	<label>
		<span class="screen-reader-text">Tìm kiếm cho:</span>
		<input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" />
	</label>
	<button type="submit" class="search-submit"><span class="screen-reader-text">Tìm kiếm</span></button>
</form>
</section><section id="text-3" class="widget widget_text"><h2 class="widget-title">Thông tin cần biết</h2>			<div class="textwidget"><ul>
<li><a href="/?p=2219">Tiếp nhận hồ sơ xét thăng hạng giáo viên năm 2026</a></li>
<li><a href="/?p=2251">Mường Tè chăm lo học sinh bán trú mùa rét</a></li>
<li><a href="/?p=1876">Lịch công tác tuần của Lãnh đạo Sở</a></li>
<li><a href="http://thi.moet.gov.vn/" target="_blank" rel="noopener noreferrer">Hệ thống quản lý thi</a></li>
<li><a href="https://csdl.moet.gov.vn/" target="_blank" rel="noopener noreferrer">Cơ sở dữ liệu ngành</a></li>
<li><a href="http://laichau.gov.vn/" target="_blank" rel="noopener noreferrer">Cổng TTĐT tỉnh Lai Châu</a></li>
</ul>
</div>
		</section>		<section id="recent-posts-2" class="widget widget_recent_entries">		<h2 class="widget-title">Bài viết mới</h2>		<ul>{recent}
				</ul>
		</section><section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2>		<label class="screen-reader-text" for="archives-dropdown-2">Lưu trữ</label>
		<select id="archives-dropdown-2" name="archive-dropdown" onchange='document.location.href=this.options[this.selectedIndex].value;'>
			<option value="">Chọn tháng</option>{months}
		</select>
		</section><section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2>		<ul>{cats}
		</ul>
			</section>{_calendar(b) if with_calendar else ""}<section id="text-5" class="widget widget_text"><h2 class="widget-title">Liên kết</h2>			<div class="textwidget"><p><a href="https://dichvucong.laichau.gov.vn/" target="_blank" rel="noopener noreferrer"><img class="alignnone size-full wp-image-612" src="{b}/wp-content/uploads/2020/03/banner-dich-vu-cong.png" alt="Dịch vụ công trực tuyến" width="300" height="90" /></a></p>
<p><a href="https://moet.gov.vn/" target="_blank" rel="noopener noreferrer"><img class="alignnone size-full wp-image-613" src="{b}/wp-content/uploads/2020/03/banner-bo-gddt.png" alt="Bộ Giáo dục và Đào tạo" width="300" height="90" /></a></p>
</div>
		</section><section id="text-6" class="widget widget_text"><h2 class="widget-title">Thống kê truy cập</h2>			<div class="textwidget"><p>Đang online: 27<br />
Hôm nay: 1.318<br />
Tổng truy cập: 2.406.117</p>
</div>
		</section>	</aside><!-- .sidebar .widget-area -->
"""


def page(b: str, title: str, body_class: str, main: str, *, head_extra: str = "", crumbs: str = "",
         home: bool = False, post_id: int = 0) -> str:
    site_title = (f'<h1 class="site-title"><a href="{b}/" rel="home">{esc(SITE_NAME)}</a></h1>' if home
                  else f'<p class="site-title"><a href="{b}/" rel="home">{esc(SITE_NAME)}</a></p>')
    return f"""<!DOCTYPE html>
<html lang="vi" class="no-js">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="http://gmpg.org/xfn/11">
		<link rel="pingback" href="{b}/xmlrpc.php">
		<script>(function(html){{html.className = html.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);</script>
<title>{title}</title>
<link rel='dns-prefetch' href='//s0.wp.com' />
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE_NAME)} &raquo; Dòng thông tin" href="{b}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE_NAME)} &raquo; Dòng phản hồi" href="{b}/comments/feed/" />
<link rel='stylesheet' id='wp-block-library-css'  href='{b}/wp-includes/css/dist/block-library/style.min.css?ver=5.2.4' type='text/css' media='all' />
<link rel='stylesheet' id='twentysixteen-fonts-css'  href='https://fonts.googleapis.com/css?family=Merriweather%3A400%2C700%2C900%2C400italic%2C700italic%2C900italic%7CMontserrat%3A400%2C700%7CInconsolata%3A400&#038;subset=latin%2Clatin-ext' type='text/css' media='all' />
<link rel='stylesheet' id='twentysixteen-style-css'  href='{b}/wp-content/themes/twentysixteen/style.css?ver=5.2.4' type='text/css' media='all' />
<link rel='stylesheet' id='sgdlc-child-css'  href='{b}/wp-content/themes/twentysixteen-sgdlc/style.css?ver=1.3.2' type='text/css' media='all' />
<link rel='stylesheet' id='jetpack_css-css'  href='{b}/wp-content/plugins/jetpack/css/jetpack.css?ver=7.4.1' type='text/css' media='all' />
<script type='text/javascript' src='{b}/wp-includes/js/jquery/jquery.js?ver=1.12.4-wp'></script>
<link rel='https://api.w.org/' href='{b}/wp-json/' />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{b}/xmlrpc.php?rsd" />
<link rel="wlwmanifest" type="application/wlwmanifest+xml" href="{b}/wp-includes/wlwmanifest.xml" />
<meta name="generator" content="WordPress 5.2.4" />
{head_extra}
<style type='text/css'>img#wpstats{{display:none}}</style>		<style type="text/css">.recentcomments a{{display:inline !important;padding:0 !important;margin:0 !important;}}</style>
		<link rel="icon" href="{b}/wp-content/uploads/2019/04/cropped-logo-sgd-32x32.png" sizes="32x32" />
</head>

<body class="{body_class}">
<div id="page" class="site">
	<div class="site-inner">
		<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
		<div class="lc-thanhtren"><span class="lc-homnay">{HEADER_TODAY}</span> <span class="lc-duongday">Đường dây nóng: 0213.3876.555</span> <a class="lc-tienganh" href="http://english.laichau.gov.vn/">English</a></div>

		<header id="masthead" class="site-header" role="banner">
			<div class="site-header-main">
				<div class="site-branding">
					{site_title}
											<p class="site-description">{esc(TAGLINE)}</p>
									</div><!-- .site-branding -->

									<button id="menu-toggle" class="menu-toggle">Menu</button>

					<div id="site-header-menu" class="site-header-menu">
													<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Menu chính">
								{_menu(b)}							</nav><!-- .main-navigation -->
											</div><!-- .site-header-menu -->
							</div><!-- .site-header-main -->

											<div class="header-image">
					<a href="{b}/" rel="home">
						<img src="{b}/wp-content/uploads/2019/05/banner-sgd-lai-chau.jpg" srcset="{b}/wp-content/uploads/2019/05/banner-sgd-lai-chau-300x70.jpg 300w, {b}/wp-content/uploads/2019/05/banner-sgd-lai-chau.jpg 1200w" sizes="(max-width: 709px) 85vw, (max-width: 909px) 81vw, (max-width: 1362px) 88vw, 1200px" width="1200" height="280" alt="{esc(SITE_NAME)}">
					</a>
				</div><!-- .header-image -->
					</header><!-- .site-header -->

		<div id="content" class="site-content">
{crumbs}
	<div id="primary" class="content-area">
		{main}
	</div><!-- .content-area -->

{_sidebar(b, home)}
		</div><!-- .site-content -->

		<footer id="colophon" class="site-footer" role="contentinfo">
			<div class="site-info">
				<div class="lc-chantrang">
<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LAI CHÂU</strong></p>
<p>Địa chỉ: Tầng 3, nhà C, Trung tâm Hành chính &#8211; Chính trị tỉnh, phường Đông Phong, thành phố Lai Châu, tỉnh Lai Châu</p>
<p>Điện thoại: 0213.3876.216 &#8211; Fax: 0213.3876.217 &#8211; Email: sgddt@laichau.gov.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>
<p>&copy; 2019 &#8211; 2026 {esc(SITE_NAME)}. Ghi rõ nguồn &#8220;Sở GD&amp;ĐT Lai Châu&#8221; khi phát hành lại thông tin từ website này.</p>
				</div>
								<span class="site-title"><a href="{b}/" rel="home">{esc(SITE_NAME)}</a></span>
								<a href="https://vi.wordpress.org/" class="imprint">
					Tự hào sử dụng WordPress				</a>
			</div><!-- .site-info -->
		</footer><!-- .site-footer -->
	</div><!-- .site-inner -->
</div><!-- .site -->

<script type='text/javascript' src='{b}/wp-content/themes/twentysixteen/js/functions.js?ver=20151204'></script>
<script type='text/javascript' src='{b}/wp-content/plugins/jetpack/_inc/build/lazy-images/js/lazy-images.min.js?ver=7.4.1'></script>
<script type='text/javascript' src='{b}/wp-includes/js/wp-embed.min.js?ver=5.2.4'></script>
<script type='text/javascript' src='https://stats.wp.com/e-202649.js' async='async' defer='defer'></script>
<script type='text/javascript'>
	_stq = window._stq || [];
	_stq.push([ 'view', {{v:'ext',j:'1:7.4.1',blog:'160123456',post:'{post_id}',tz:'7',srv:'sgddt.laichau.gov.vn'}} ]);
	_stq.push([ 'clickTrackerInit', '160123456', '{post_id}' ]);
</script>
</body>
</html>
"""


def _title(*parts: str) -> str:
    return " &#8211; ".join([*parts, esc(SITE_NAME)])


# --- pages ---------------------------------------------------------------------------------------


def _og(story: Story, b: str) -> str:
    thumb = story.opts.get("thumb")
    image = f"{b}{thumb}.jpg" if thumb else "https://s0.wp.com/i/blank.jpg"
    return (
        f'<link rel="canonical" href="{b}{permalink(story)}" />\n'
        f"<link rel='shortlink' href='{b}/?p={story.id}' />\n"
        "<!-- Jetpack Open Graph Tags -->\n"
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{tx(_shown_title(story))}" />\n'
        f'<meta property="og:url" content="{b}{permalink(story)}" />\n'
        f'<meta property="og:description" content="{tx(_excerpt_words(story, 40)) if not story.opts.get("protected") else "Không có tóm tắt vì đây là bài viết được bảo vệ."}" />\n'
        f'<meta property="article:published_time" content="{_utc(_dt(story))}" />\n'
        f'<meta property="article:modified_time" content="{_utc(_modified(story))}" />\n'
        f'<meta property="og:site_name" content="{esc(SITE_NAME)}" />\n'
        f'<meta property="og:image" content="{image}" />\n'
        '<meta property="og:locale" content="vi_VN" />\n'
        f'<meta name="twitter:text:title" content="{tx(_shown_title(story))}" />\n'
        '<meta name="twitter:card" content="summary_large_image" />\n'
        "<!-- End Jetpack Open Graph Tags -->"
    )


def _post_nav(story: Story, b: str) -> str:
    idx = ORDER.index(story)
    older = ORDER[idx + 1] if idx + 1 < len(ORDER) else None
    newer = ORDER[idx - 1] if idx > 0 else None
    parts = []
    if older:
        parts.append(f'<div class="nav-previous"><a href="{b}{permalink(older)}" rel="prev"><span class="meta-nav" aria-hidden="true">Trước</span> '
                     f'<span class="screen-reader-text">Bài viết trước đó:</span> <span class="post-title">{tx(_shown_title(older))}</span></a></div>')
    if newer:
        parts.append(f'<div class="nav-next"><a href="{b}{permalink(newer)}" rel="next"><span class="meta-nav" aria-hidden="true">Tiếp theo</span> '
                     f'<span class="screen-reader-text">Bài viết tiếp theo:</span> <span class="post-title">{tx(_shown_title(newer))}</span></a></div>')
    return ('\n\t<nav class="navigation post-navigation" role="navigation">\n\t\t<h2 class="screen-reader-text">Điều hướng bài viết</h2>\n'
            f'\t\t<div class="nav-links">{"".join(parts)}</div>\n\t</nav>')


def single(story: Story, page_no: int, b: str) -> str:
    pages = _pages_of(story)
    protected = story.opts.get("protected")
    summary = (f'<div class="entry-summary">\n\t\t<p>{tx(story.summary)}</p>\n\t</div><!-- .entry-summary -->'
               if story.summary and story.sapo_outside else "")
    if protected:
        content = _password_form(story, b)
    else:
        content = (render_blocks(story, pages[page_no - 1], b) + _sharing(story, b) + _related(story, b)
                   + _page_links(story, page_no, len(pages), b) + _bio(story, b))
    main = (
        '<main id="main" class="site-main" role="main">\n\t\t\n'
        f'<article id="post-{story.id}" class="{_post_classes(story)}">\n'
        f'\t<header class="entry-header">\n\t\t<h1 class="entry-title">{tx(_shown_title(story))}</h1>\t</header><!-- .entry-header -->\n\n'
        f"\t{summary}\n\n\t{'' if protected else _thumb_html(story, b, False)}\n\n"
        f'\t<div class="entry-content">\n\t\t{content}\n\t</div><!-- .entry-content -->\n\n'
        f"\t{_entry_footer(story, b)}\n</article><!-- #post-{story.id} -->\n"
        f"{_post_nav(story, b)}\n\n\t</main><!-- .site-main -->"
    )
    title_parts = [tx(_shown_title(story))] + ([f"Trang {page_no}"] if page_no > 1 else [])
    head = _og(story, b)
    if page_no > 1:
        head = head.replace(f'<link rel="canonical" href="{b}{permalink(story)}" />',
                            f'<link rel="canonical" href="{b}{permalink(story)}{page_no}/" />')
    crumbs = _breadcrumb([*_cat_trail(story.cat), (story.title, None)], b)
    body_class = (f"post-template-default single single-post postid-{story.id} single-format-standard "
                  "group-blog has-sidebar")
    return page(b, _title(*title_parts), body_class, main, head_extra=head, crumbs=crumbs, post_id=story.id)


def attachment_page(story: Story, img: Img, b: str) -> str:
    base, _w, _h, ext = _split(img.src)
    aid = ATTACHMENT_IDS[base]
    name = base.rsplit("/", 1)[1]
    gallery = [i for i in story.images if i.style == "gallery"]
    idx = gallery.index(img)
    nav = []
    if idx > 0:
        nav.append(f"<div class=\"nav-previous\"><a href='{b}{attachment_path(story, gallery[idx - 1])}'>Ảnh trước</a></div>")
    if idx + 1 < len(gallery):
        nav.append(f"<div class=\"nav-next\"><a href='{b}{attachment_path(story, gallery[idx + 1])}'>Ảnh kế tiếp</a></div>")
    caption = f'<div class="entry-caption">\n\t\t\t\t<p>{tx(img.printed)}</p>\n\t\t\t</div>' if img.printed else ""
    d = _dt(story)
    main = (
        '<main id="main" class="site-main" role="main">\n\n'
        f'\t\t\t<article id="post-{aid}" class="post-{aid} attachment type-attachment status-inherit hentry">\n\n'
        '\t\t\t\t<nav id="image-navigation" class="navigation image-navigation">\n\t\t\t\t\t<div class="nav-links">'
        + "".join(nav) + "</div>\n\t\t\t\t</nav>\n\n"
        f'\t\t\t\t<header class="entry-header">\n\t\t\t\t\t<h1 class="entry-title">{esc(name)}</h1>\t\t\t\t</header>\n\n'
        '\t\t\t\t<div class="entry-content">\n\t\t\t\t\t<div class="entry-attachment">\n\t\t\t\t\t\t'
        + img_tag(f"{base}-1024x683{ext}", "attachment-large size-large")
        + f"\n\t\t\t\t\t\t{caption}\n\t\t\t\t\t</div>\n\t\t\t\t</div>\n\n"
        '\t\t\t\t<footer class="entry-footer">\n'
        f'\t\t\t\t\t<span class="posted-on"><span class="screen-reader-text">Đăng ngày </span><a href="{b}{attachment_path(story, img)}" rel="bookmark">'
        f'<time class="entry-date published updated" datetime="{_iso(d)}">{vn_date(d)} lúc {vn_time(d)}</time></a></span>'
        f'<span class="full-size-link"><span class="screen-reader-text">Kích thước đầy đủ </span><a href="{b}{base}{ext}">1600 &times; 1067</a></span>'
        "\t\t\t\t</footer>\n\t\t\t</article>\n\n"
        '\t<nav class="navigation post-navigation" role="navigation">\n\t\t<h2 class="screen-reader-text">Điều hướng bài viết</h2>\n'
        f'\t\t<div class="nav-links"><div class="nav-previous"><a href="{b}{permalink(story)}" rel="prev"><span class="meta-nav">Đăng trong</span>'
        f'<span class="post-title">{tx(story.title)}</span></a></div></div>\n\t</nav>\n'
        "\t</main>"
    )
    crumbs = _breadcrumb([*_cat_trail(story.cat), (story.title, permalink(story)), (name, None)], b)
    head = f'<link rel="canonical" href="{b}{attachment_path(story, img)}" />\n<link rel=\'shortlink\' href=\'{b}/?p={aid}\' />'
    return page(b, _title(esc(name)), f"attachment attachment-template-default single single-attachment postid-{aid} "
                f"attachmentid-{aid} attachment-jpeg has-sidebar", main, head_extra=head, crumbs=crumbs, post_id=aid)


STATIC_PAGES = {
    "/gioi-thieu/": (12, "Giới thiệu chung", """<p style="text-align: justify;">Sở Giáo dục và Đào tạo tỉnh Lai Châu là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>
<p style="text-align: justify;">Sở được thành lập năm 2004, khi tỉnh Lai Châu (mới) được chia tách. Từ 8 trường trung học phổ thông ban đầu, đến nay toàn tỉnh có hơn 380 cơ sở giáo dục với trên 130.000 học sinh, học viên thuộc 20 dân tộc anh em.</p>
<h3>Chức năng, nhiệm vụ</h3>
<ul>
<li>Trình Ủy ban nhân dân tỉnh quy hoạch, kế hoạch phát triển giáo dục và đào tạo của tỉnh;</li>
<li>Hướng dẫn, kiểm tra việc thực hiện chương trình, kế hoạch giáo dục ở các cơ sở giáo dục;</li>
<li>Quản lý chất lượng giáo dục, tổ chức các kỳ thi theo quy định;</li>
<li>Tham mưu về công tác tổ chức bộ máy, đội ngũ nhà giáo và cán bộ quản lý giáo dục.</li>
</ul>
<p>Xem thêm: <a href="/co-cau-to-chuc/">Cơ cấu tổ chức</a></p>"""),
    "/co-cau-to-chuc/": (14, "Cơ cấu tổ chức", """<p><strong>Lãnh đạo Sở</strong></p>
<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>
<tr><td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>
<tr><td>Giám đốc Sở</td><td>0213.3876.200</td></tr>
<tr><td>Phó Giám đốc Sở</td><td>0213.3876.201</td></tr>
<tr><td>Phó Giám đốc Sở</td><td>0213.3876.202</td></tr>
</tbody></table>
<p><strong>Các phòng chuyên môn, nghiệp vụ</strong></p>
<ul>
<li>Văn phòng Sở</li>
<li>Thanh tra Sở</li>
<li>Phòng Tổ chức cán bộ</li>
<li>Phòng Kế hoạch &#8211; Tài chính</li>
<li>Phòng Giáo dục Mầm non &#8211; Tiểu học</li>
<li>Phòng Giáo dục Trung học</li>
<li>Phòng Giáo dục nghề nghiệp &#8211; Giáo dục thường xuyên</li>
<li>Phòng Quản lý chất lượng</li>
</ul>"""),
    "/lien-he/": (16, "Liên hệ", """<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LAI CHÂU</strong><br />
Địa chỉ: Tầng 3, nhà C, Trung tâm Hành chính &#8211; Chính trị tỉnh, phường Đông Phong, thành phố Lai Châu<br />
Điện thoại: 0213.3876.216 &#8211; Email: sgddt@laichau.gov.vn</p>
<div role="form" class="wpcf7" id="wpcf7-f58-p16-o1" lang="vi" dir="ltr">
<form action="/lien-he/#wpcf7-f58-p16-o1" method="post" class="wpcf7-form" novalidate="novalidate">
<div style="display: none;"><input type="hidden" name="_wpcf7" value="58" /><input type="hidden" name="_wpcf7_version" value="5.1.1" /><input type="hidden" name="_wpcf7_locale" value="vi" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f58-p16-o1" /><input type="hidden" name="_wpcf7_container_post" value="16" /></div>
<p><label> Họ và tên (bắt buộc)<br />
    <span class="wpcf7-form-control-wrap your-name"><input type="text" name="your-name" value="" size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" aria-invalid="false" /></span> </label></p>
<p><label> Địa chỉ Email (bắt buộc)<br />
    <span class="wpcf7-form-control-wrap your-email"><input type="email" name="your-email" value="" size="40" class="wpcf7-form-control wpcf7-text wpcf7-email wpcf7-validates-as-required wpcf7-validates-as-email" aria-required="true" aria-invalid="false" /></span> </label></p>
<p><label> Nội dung<br />
    <span class="wpcf7-form-control-wrap your-message"><textarea name="your-message" cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" aria-invalid="false"></textarea></span> </label></p>
<p><input type="submit" value="Gửi đi" class="wpcf7-form-control wpcf7-submit" /></p>
<div class="wpcf7-response-output wpcf7-display-none"></div></form></div>"""),
}


def static_page(path: str, b: str) -> str:
    pid, title, content = STATIC_PAGES[path]
    main = (
        '<main id="main" class="site-main" role="main">\n\t\t\n'
        f'<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">\n'
        f'\t<header class="entry-header">\n\t\t<h1 class="entry-title">{esc(title)}</h1>\t</header><!-- .entry-header -->\n\n'
        f'\t<div class="entry-content">\n\t\t{content.replace(chr(34) + "/", chr(34) + b + "/")}\n\t</div><!-- .entry-content -->\n\n'
        "</article><!-- #post-## -->\n\n\t</main><!-- .site-main -->"
    )
    head = f'<link rel="canonical" href="{b}{path}" />\n<link rel=\'shortlink\' href=\'{b}/?p={pid}\' />'
    crumbs = _breadcrumb([(title, None)], b)
    return page(b, _title(esc(title)), f"page-template-default page page-id-{pid} has-sidebar", main,
                head_extra=head, crumbs=crumbs, post_id=pid)


def listing(b: str, base: str, posts: list[Story], n: int, *, heading: str, body_class: str,
            crumbs: str, home: bool = False, title: str = "") -> str | None:
    count = max(1, -(-len(posts) // PER_PAGE))
    if n < 1 or n > count:
        return None
    chunk = posts[(n - 1) * PER_PAGE:n * PER_PAGE]
    articles = []
    if home and n == 1:
        articles += [listing_article(s, b, sticky_label=True) for s in ALL_POSTS if s.opts.get("sticky")]
    articles += [listing_article(s, b) for s in chunk]
    main = (
        '<main id="main" class="site-main" role="main">\n\n\t\t\n'
        + (f'\t\t\t<header class="page-header">\n{heading}\n\t\t\t</header><!-- .page-header -->\n' if heading else "")
        + "".join(articles) + _pagination(base, n, count, b) + "\n\t\t</main><!-- .site-main -->"
    )
    parts = [title] if title else []
    if n > 1:
        parts.append(f"Trang {n}")
    page_title = (_title(*parts) if parts else f"{esc(SITE_NAME)} &#8211; {esc(TAGLINE)}")
    head = f'<link rel="canonical" href="{b}{base}{"" if n == 1 else f"page/{n}/"}" />'
    if n > 1:
        head += f'\n<link rel="prev" href="{b}{base}{"" if n == 2 else f"page/{n - 1}/"}" />'
    if n < count:
        head += f'\n<link rel="next" href="{b}{base}page/{n + 1}/" />'
    cls = body_class + (f" paged paged-{n}" if n > 1 else "")
    return page(b, page_title, cls, main, head_extra=head, crumbs=crumbs, home=home)


# --- feeds and machinery -------------------------------------------------------------------


def _rss(b: str, items: list[Story], title: str) -> str:
    entries = []
    for s in items:
        d = _dt(s) - timedelta(hours=7)
        cats = "".join(f"\n\t\t<category><![CDATA[{CATS[c].name}]]></category>" for c in _cats(s))
        desc = ("Không có tóm tắt vì đây là bài viết được bảo vệ." if s.opts.get("protected")
                else _excerpt_words(s, 40))
        entries.append(
            f"\n\t<item>\n\t\t<title>{tx(_shown_title(s))}</title>\n\t\t<link>{b}{permalink(s)}</link>\n"
            f"\t\t<pubDate>{d:%a, %d %b %Y %H:%M:%S} +0000</pubDate>\n"
            f"\t\t<dc:creator><![CDATA[{ACCOUNTS[s.opts['account']]['name']}]]></dc:creator>{cats}\n"
            f'\t\t<guid isPermaLink="false">{b}/?p={s.id}</guid>\n'
            f"\t\t<description><![CDATA[{desc}]]></description>\n\t</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" '
        'xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">\n<channel>\n'
        f"\t<title>{title}</title>\n\t<atom:link href=\"{b}/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n"
        f"\t<link>{b}</link>\n\t<description>{esc(TAGLINE)}</description>\n"
        "\t<lastBuildDate>Sat, 05 Dec 2026 02:14:09 +0000</lastBuildDate>\n\t<language>vi</language>\n"
        "\t<generator>https://wordpress.org/?v=5.2.4</generator>" + "".join(entries) + "\n</channel>\n</rss>\n"
    )


def _search(b: str, query: str) -> str:
    q = query.strip().casefold()
    hits = [s for s in ORDER if q and q in s.title.casefold() and not s.opts.get("protected")][:PER_PAGE]
    if hits:
        body = "".join(
            f'<article id="post-{s.id}" class="{_post_classes(s)}">\n\t<header class="entry-header">\n'
            f'\t\t<h2 class="entry-title"><a href="{b}{permalink(s)}" rel="bookmark">{tx(s.title)}</a></h2>\t</header>\n'
            f'\t<div class="entry-summary">\n\t\t<p>{tx(_excerpt_words(s, 40))}</p>\n\t</div>\n'
            f"\t{_entry_footer(s, b)}\n</article>\n"
            for s in hits
        )
    else:
        body = ('<section class="no-results not-found">\n\t<header class="page-header">\n\t\t<h1 class="page-title">'
                'Không tìm thấy</h1>\n\t</header>\n\t<div class="page-content">\n\t\t<p>Rất tiếc, không có kết quả '
                "nào phù hợp với từ khóa của bạn. Vui lòng thử lại với từ khóa khác.</p>\n\t</div>\n</section>")
    main = ('<main id="main" class="site-main" role="main">\n\t\t\t<header class="page-header">\n'
            f'\t\t\t\t<h1 class="page-title">Kết quả tìm kiếm cho: <span>{esc(query)}</span></h1>\n'
            f"\t\t\t</header><!-- .page-header -->\n{body}\n\t\t</main>")
    return page(b, _title(f"Kết quả tìm kiếm cho &#8220;{esc(query)}&#8221;"), "search search-results has-sidebar",
                main, head_extra='<meta name="robots" content="noindex,follow" />')


LOGIN_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Đăng nhập &lsaquo; Sở GD&amp;ĐT Lai Châu &#8212; WordPress</title>
<meta name='robots' content='noindex,noarchive' />
<link rel='stylesheet' id='login-css' href='/wp-admin/css/login.min.css?ver=5.2.4' type='text/css' media='all' />
</head>
<body class="login login-action-login wp-core-ui locale-vi">
<div id="login"><h1><a href="https://vi.wordpress.org/">Được tạo bởi WordPress</a></h1>
<p class="message">Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.</p>
<form name="loginform" id="loginform" action="/wp-login.php" method="post">
<p><label for="user_login">Tên người dùng hoặc Địa chỉ Email<br /><input type="text" name="log" id="user_login" class="input" value="" size="20" /></label></p>
<p><label for="user_pass">Mật khẩu<br /><input type="password" name="pwd" id="user_pass" class="input" value="" size="20" /></label></p>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="Đăng nhập" /></p>
</form>
<p id="nav"><a href="/wp-login.php?action=lostpassword">Bạn quên mật khẩu?</a></p>
<p id="backtoblog"><a href="/">&larr; Quay lại Sở GD&amp;ĐT Lai Châu</a></p>
</div></body></html>
"""

ROBOTS = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"
REST_401 = ('{"code":"rest_cannot_access","message":"Chỉ người dùng đã đăng nhập mới có thể truy cập REST API.",'
            '"data":{"status":401}}')


class WordPressSite:
    """Routes of the WordPress install; ``respond`` returns None for a 404."""

    def __init__(self) -> None:
        # unquoted path -> page builder taking the base URL
        self.routes: dict[str, object] = {}
        self._build()

    def _listing_routes(self, base: str, posts: list[Story], **kw) -> None:
        count = max(1, -(-len(posts) // PER_PAGE))
        for n in range(1, count + 1):
            path = base if n == 1 else f"{base}page/{n}/"
            self.routes[unquote(path)] = (lambda b, n=n: listing(b, base, posts, n, **kw))

    def _build(self) -> None:
        posts = [s for s in ORDER]
        self._listing_routes("/", posts, heading="", body_class="home blog hfeed has-sidebar", crumbs="",
                             home=True)
        for slug, cat in CATS.items():
            in_cat = [s for s in ORDER if _in_cat(s, slug)]
            heading = (f'\t\t\t\t<h1 class="page-title">Chuyên mục: {esc(cat.name)}</h1>'
                       + (f'<div class="taxonomy-description"><p>{esc(cat.desc)}</p>\n</div>' if cat.desc else ""))
            self._listing_routes(cat.path, in_cat, heading=heading, title=esc(cat.name),
                                 body_class=f"archive category category-{slug} category-{CAT_IDS[slug]} hfeed has-sidebar",
                                 crumbs=_breadcrumb([*_cat_trail(slug)[:-1], (cat.name, None)], "{b}"))
        for tag, label in TAGS.items():
            tagged = [s for s in ORDER if tag in s.opts.get("tags", [])]
            self._listing_routes(f"/tag/{tag}/", tagged, heading=f'\t\t\t\t<h1 class="page-title">Thẻ: {esc(label)}</h1>',
                                 title=esc(label), body_class=f"archive tag tag-{tag} hfeed has-sidebar",
                                 crumbs=_breadcrumb([(f"Thẻ: {label}", None)], "{b}"))
        for key, acc in ACCOUNTS.items():
            own = [s for s in ORDER if s.opts["account"] == key]
            desc = f'<div class="taxonomy-description">{esc(acc["bio"])}</div>' if acc["bio"] else ""
            self._listing_routes(f"/author/{key}/", own, title=esc(acc["name"]),
                                 heading=f'\t\t\t\t<h1 class="page-title">Tác giả: <span class="vcard">{esc(acc["name"])}</span></h1>{desc}',
                                 body_class=f"archive author author-{key} author-{acc['id']} hfeed has-sidebar",
                                 crumbs=_breadcrumb([(f"Bài viết của {acc['name']}", None)], "{b}"))
        for y, m, _c in _month_counts():
            month_posts = [s for s in ORDER if (_dt(s).year, _dt(s).month) == (y, m)]
            label = f"{MONTHS[m - 1]} {y}"
            self._listing_routes(f"/{y}/{m:02d}/", month_posts, title=label,
                                 heading=f'\t\t\t\t<h1 class="page-title">Tháng: {label}</h1>',
                                 body_class="archive date hfeed has-sidebar",
                                 crumbs=_breadcrumb([(str(y), None), (MONTHS[m - 1], None)], "{b}"))
        for day in sorted({_dt(s).date() for s in ALL_POSTS}):
            day_posts = [s for s in ORDER if _dt(s).date() == day]
            label = vn_date(datetime(day.year, day.month, day.day))
            self._listing_routes(f"/{day:%Y/%m/%d}/", day_posts, title=label,
                                 heading=f'\t\t\t\t<h1 class="page-title">Ngày: {label}</h1>',
                                 body_class="archive date hfeed has-sidebar",
                                 crumbs=_breadcrumb([(label, None)], "{b}"))
        for s in ALL_POSTS:
            for n in range(1, len(_pages_of(s)) + 1):
                path = permalink(s) + ("" if n == 1 else f"{n}/")
                self.routes[unquote(path)] = (lambda b, s=s, n=n: single(s, n, b))
            for img in s.images:
                if img.style == "gallery":
                    self.routes[unquote(attachment_path(s, img))] = (lambda b, s=s, img=img: attachment_page(s, img, b))
        for path in STATIC_PAGES:
            self.routes[path] = (lambda b, path=path: static_page(path, b))

    def respond(self, request: Request) -> Response | None:
        path = request.path
        b = base_url(request)
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            if path.startswith(f"{U}/") and path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path.startswith("/wp-json"):
            return Response(401, REST_401, {"Content-Type": "application/json; charset=UTF-8"})
        if path == "/xmlrpc.php":
            return Response(405, "XML-RPC server accepts POST requests only.", {"Content-Type": "text/plain; charset=UTF-8"})
        if path.startswith("/wp-admin"):
            return redirect(f"{b}/wp-login.php?redirect_to={quote(b + request.target, safe='')}&reauth=1", 302)
        if path == "/wp-login.php":
            if request.method == "POST" and request.params.get("action") == "postpass":
                return redirect(request.headers.get("Referer") or f"{b}/", 302)
            return html(LOGIN_PAGE, headers={"X-Frame-Options": "SAMEORIGIN"})
        if path == "/feed/":
            return Response(200, _rss(b, ORDER[:10], esc(SITE_NAME)), {"Content-Type": "application/rss+xml; charset=UTF-8"})
        if path == "/comments/feed/":
            return Response(200, _rss(b, [], f"Phản hồi cho {esc(SITE_NAME)}"),
                            {"Content-Type": "application/rss+xml; charset=UTF-8"})
        params = request.params
        if path == "/" and "p" in params:
            target = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
            return redirect(b + permalink(target), 301) if target else None
        if path == "/" and "s" in params:
            return html(_search(b, params["s"]))
        key = unquote(path)
        builder = self.routes.get(key)
        if builder is None:
            if not key.endswith("/") and key + "/" in self.routes:
                return redirect(b + path + "/" + (f"?{request.query}" if request.query else ""), 301)
            m = re.fullmatch(r"(.*/)page/1/", key)
            if m and m[1] in self.routes:
                return redirect(b + quote(m[1]), 301)
            return None
        body = builder(b)
        if body is None:
            return None
        return html(body.replace("{b}", b), headers={"Link": f'<{b}/wp-json/>; rel="https://api.w.org/"'})


def build_site() -> WordPressSite:
    return WordPressSite()


# --- gold ------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [f"/?p={story.id}"]
    alts += [f"{permalink(story)}{n}/" for n in range(2, len(_pages_of(story)) + 1)]
    for origin in STORIES:
        for pos, rid in enumerate(origin.opts.get("related", [])):
            if rid == story.id:
                alts.append(related_href(origin, story, pos))
    return alts


GOLD = [
    gold_record(s, permalink(s), CATS[s.cat].name, alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/co-cau-to-chuc/",
    "/lien-he/",
    permalink(PROTECTED),
    *(attachment_path(STORIES[3], img) for img in STORIES[3].images),
]
